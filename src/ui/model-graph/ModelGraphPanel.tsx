import { useState } from 'react';
import { NASNET_MODELS, type GraphMode, type NasnetModelName } from '../../model/nasnet/configs';

/** Centre panel: the constructed NASNet graph, its model and mode pickers. */
export function ModelGraphPanel() {
  const [model, setModel] = useState<NasnetModelName>('nasnet-mobile');
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
            {NASNET_MODELS.map((m) => (
              <option key={m.name} value={m.name}>
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
