import { useState } from 'react';
import type { GraphMode, NasnetModelName } from '../../model/nasnet/configs';

const MODELS: { value: NasnetModelName; label: string }[] = [
  { value: 'mobile', label: 'NASNet-A Mobile (224)' },
  { value: 'large', label: 'NASNet-A Large (331)' },
  { value: 'cifar', label: 'NASNet-A CIFAR (32)' },
];

/** Centre panel: the constructed NASNet graph, its model and mode pickers. */
export function ModelGraphPanel() {
  const [model, setModel] = useState<NasnetModelName>('mobile');
  const [mode, setMode] = useState<GraphMode>('inference');
  return (
    <section aria-label="Model graph" className="model-graph-panel">
      <div className="model-graph-toolbar">
        <label>
          Model{' '}
          <select
            aria-label="Model"
            value={model}
            onChange={(e) => setModel(e.target.value as NasnetModelName)}
          >
            {MODELS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mode{' '}
          <select aria-label="Mode" value={mode} onChange={(e) => setMode(e.target.value as GraphMode)}>
            <option value="inference">Inference</option>
            <option value="training">Training (aux head)</option>
          </select>
        </label>
      </div>
    </section>
  );
}
