import { useState } from 'react';

const SAMPLES = [
  { file: 'chelsea.png', label: 'Chelsea the cat' },
  { file: 'coffee.png', label: 'Espresso' },
  { file: 'astronaut.png', label: 'Astronaut' },
  { file: 'rocket.jpg', label: 'Rocket launch' },
];

/** Verify panel: load the mapped weights, run images, compare against reference logits. */
export function VerifyPanel() {
  const [backend, setBackend] = useState<'webgl' | 'wasm' | 'cpu'>('webgl');
  return (
    <section aria-label="Verify" className="verify-panel">
      <label>
        Backend{' '}
        <select
          aria-label="Backend"
          value={backend}
          onChange={(e) => setBackend(e.target.value as typeof backend)}
        >
          <option value="webgl">WebGL</option>
          <option value="wasm">WASM</option>
          <option value="cpu">CPU</option>
        </select>
      </label>
      <ul aria-label="Sample images">
        {SAMPLES.map((s) => (
          <li key={s.file}>
            <img src={`samples/${s.file}`} alt={s.label} width={64} height={64} />
          </li>
        ))}
      </ul>
    </section>
  );
}
