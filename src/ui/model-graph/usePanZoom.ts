import { useCallback, useRef, useState, type PointerEvent, type RefObject, type WheelEvent } from 'react';

export interface ViewBox {
  x: number;
  y: number;
  scale: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Drag to pan, wheel to zoom about the cursor; `fit` frames a content box in the viewport. */
export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>) {
  const [view, setView] = useState<ViewBox>({ x: 0, y: 0, scale: 1 });
  const drag = useRef<{ px: number; py: number; moved: boolean } | null>(null);

  const onWheel = useCallback(
    (e: WheelEvent<SVGSVGElement>) => {
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect) return;
      const cx = e.clientX - rect.left;
      const cy = e.clientY - rect.top;
      setView((v) => {
        const scale = clamp(v.scale * Math.exp(-e.deltaY * 0.0015), 0.05, 3);
        const k = scale / v.scale;
        return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
      });
    },
    [svgRef],
  );

  const onPointerDown = useCallback((e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { px: e.clientX, py: e.clientY, moved: false };
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || (e.buttons & 1) === 0) return;
    const dx = e.clientX - d.px;
    const dy = e.clientY - d.py;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
    d.moved = true;
    d.px = e.clientX;
    d.py = e.clientY;
    setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  }, []);

  /** True when the pointer-up ends a drag, so the click that follows must not select. */
  const endDrag = useCallback(() => {
    const moved = drag.current?.moved ?? false;
    drag.current = null;
    return moved;
  }, []);

  /** Frames the whole drawing (top-aligned), or a focused box kept readable (scale ≥ 0.65). */
  const fit = useCallback(
    (width: number, height: number, focus?: { x: number; y: number; width: number; height: number }) => {
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect || !width || !height) return;
      const box = focus ?? { x: 0, y: 0, width, height };
      const pad = 16;
      const fits = Math.min((rect.width - 2 * pad) / box.width, (rect.height - 2 * pad) / box.height, 1);
      const readable = focus ? 0.65 : Math.min(1, (rect.width - 2 * pad) / box.width);
      const scale = clamp(Math.max(fits, readable), 0.05, 1);
      const spare = rect.width - box.width * scale;
      const x = (spare > 0 ? spare / 2 : pad) - box.x * scale;
      const spareY = rect.height - box.height * scale;
      // The whole drawing starts at the top; a focused box is centred when it fits.
      const y = (focus && spareY > 0 ? spareY / 2 : pad) - box.y * scale;
      setView({ x, y, scale });
    },
    [svgRef],
  );

  /** Pans (keeping the zoom) so a box is fully on screen, e.g. a node reached with Tab. */
  const ensureVisible = useCallback(
    (box: { x: number; y: number; width: number; height: number }) => {
      const rect = svgRef.current?.getBoundingClientRect();
      if (!rect) return;
      setView((v) => {
        const left = v.x + box.x * v.scale;
        const top = v.y + box.y * v.scale;
        const right = left + box.width * v.scale;
        const bottom = top + box.height * v.scale;
        if (left >= 0 && top >= 0 && right <= rect.width && bottom <= rect.height) return v;
        return {
          ...v,
          x: rect.width / 2 - (box.x + box.width / 2) * v.scale,
          y: rect.height / 2 - (box.y + box.height / 2) * v.scale,
        };
      });
    },
    [svgRef],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const rect = svgRef.current?.getBoundingClientRect();
      const cx = (rect?.width ?? 0) / 2;
      const cy = (rect?.height ?? 0) / 2;
      setView((v) => {
        const scale = clamp(v.scale * factor, 0.05, 3);
        const k = scale / v.scale;
        return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
      });
    },
    [svgRef],
  );

  return { view, setView, onWheel, onPointerDown, onPointerMove, endDrag, fit, zoomBy, ensureVisible };
}
