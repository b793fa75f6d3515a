import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';

const MAX_CLASSES = 100_000;

/** TF-Slim's `num_classes` of the graph; applied on Enter or when leaving the field. */
export function ClassesInput() {
  const numClasses = useAppStore((s) => s.numClasses);
  const setNumClasses = useAppStore((s) => s.setNumClasses);
  const [text, setText] = useState(String(numClasses));
  useEffect(() => setText(String(numClasses)), [numClasses]);
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_CLASSES;
  const commit = () => {
    if (valid && value !== numClasses) setNumClasses(value);
    else if (!valid) setText(String(numClasses));
  };
  return (
    <label className="graph-classes">
      Classes{' '}
      <input
        aria-label="Classes"
        type="number"
        min={1}
        max={MAX_CLASSES}
        value={text}
        aria-invalid={!valid}
        title="num_classes: the width of the logits layer"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
