import { useEffect, useState } from 'react';
import type { InputFile } from '../../workers/checkpoint/checkpointCatalogue';
import { collectDroppedFiles } from './collectDroppedFiles';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** A drop meant for comparison: Alt (or Shift) held, or onto an element marked `data-drop-compare`. */
const isCompareDrop = (e: DragEvent): boolean =>
  e.altKey || e.shiftKey || (e.target instanceof Element && e.target.closest('[data-drop-compare]') !== null);

/**
 * Whole-window drag-and-drop of files and folders; returns whether a drag is over the window.
 * `compare` tells a drop meant as checkpoint B (see isCompareDrop) from an ordinary open.
 */
export function useWindowDrop(
  onFiles: (files: InputFile[], compare: boolean) => void,
  onError: (e: unknown) => void,
): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      // Panels that accept files themselves (e.g. Verify images) take the drop with preventDefault.
      if (e.defaultPrevented || !hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      const compare = isCompareDrop(e);
      collectDroppedFiles(e.dataTransfer).then((files) => files.length && onFiles(files, compare), onError);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, onError]);
  return dragging;
}
