import { LEVEL_LABEL, type CompletenessLevel } from './completeness';

const LEVELS: CompletenessLevel[] = [
  'complete',
  'partial',
  'empty',
  'mismatch',
  'no-weights',
  'no-checkpoint',
];

/** What the node colours mean. */
export function GraphLegend() {
  return (
    <ul className="graph-legend" aria-label="Legend">
      {LEVELS.map((level) => (
        <li key={level}>
          <svg width={12} height={12} aria-hidden="true">
            <rect className={`swatch level-${level}`} width={12} height={12} rx={2} />
          </svg>
          {LEVEL_LABEL[level]}
        </li>
      ))}
    </ul>
  );
}
