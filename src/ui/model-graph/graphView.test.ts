import { describe, expect, it } from 'vitest';
import { nasnetGraph } from '../../model/nasnet/graph';
import { layoutGraph } from '../../workers/layout/layoutGraph';
import { buildGraphView, toLayoutRequest } from './graphView';

describe('buildGraphView', () => {
  it('draws Large collapsed as input, stem, 18 normal + 2 reduction cells and the head', () => {
    const g = nasnetGraph('nasnet-large', 'inference');
    const v = buildGraphView(g, new Set());
    const kinds = v.nodes.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'normal')).toHaveLength(18);
    expect(kinds.filter((k) => k === 'reduction')).toHaveLength(2);
    expect(v.nodes.map((n) => n.id).slice(0, 4)).toEqual(['input', 'conv0', 'cell_stem_0', 'cell_stem_1']);
    expect(v.nodes.at(-1)!.id).toBe('final_layer');
    // Each normal/reduction cell takes two hidden states: the cell input and the previous layer.
    expect(
      v.edges
        .filter((e) => e.target === 'cell_3')
        .map((e) => e.source)
        .sort(),
    ).toEqual(['cell_1', 'cell_2']);
  });

  it('adds the aux head only in training mode', () => {
    const ids = (mode: 'inference' | 'training') =>
      buildGraphView(nasnetGraph('nasnet-mobile', mode), new Set()).nodes.map((n) => n.id);
    expect(ids('inference')).not.toContain('aux_7');
    expect(ids('training')).toContain('aux_7');
  });

  it('keeps every variable in exactly one drawn leaf, collapsed or expanded', () => {
    const g = nasnetGraph('nasnet-mobile', 'training');
    for (const expanded of [new Set<string>(), new Set(g.cells.map((c) => c.id))]) {
      const v = buildGraphView(g, expanded);
      const leaves = v.nodes.filter((n) => !n.children);
      const vars = leaves.flatMap((n) => n.variables);
      expect(vars).toHaveLength(g.variables.length);
      expect(new Set(vars).size).toBe(g.variables.length);
      const ids = new Set(v.nodes.map((n) => n.id));
      expect(ids.size).toBe(v.nodes.length);
      for (const e of v.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('expands a normal cell into its comb iterations, factorized paths and concat', () => {
    const g = nasnetGraph('nasnet-mobile', 'inference');
    const v = buildGraphView(g, new Set(['cell_0']));
    const cell = v.nodes.find((n) => n.id === 'cell_0')!;
    const labels = cell.children!.map((id) => v.nodes.find((n) => n.id === id)!.label);
    expect(labels).toContain('0 left: separable_5x5_2');
    expect(labels).toContain('path 2: shift · pool · 1×1');
    expect(labels).toContain('concat (cell output)');
    expect(labels.filter((l) => l.endsWith(': add'))).toHaveLength(5);
    expect(v.edges.some((e) => e.source === 'cell_stem_1' && e.target === 'op:cell_0/beginning')).toBe(true);
    expect(v.edges.some((e) => e.source === 'op:cell_0/cell_output' && e.target === 'cell_1')).toBe(true);
  });

  it('lays out an expanded cell with its ops inside the cell box', async () => {
    const v = buildGraphView(nasnetGraph('nasnet-mobile', 'inference'), new Set(['reduction_cell_0']));
    const r = await layoutGraph(toLayoutRequest(v));
    const box = r.nodes['reduction_cell_0']!;
    const op = r.nodes['op:reduction_cell_0/comb_iter_0/left']!;
    expect(op.x).toBeGreaterThan(box.x);
    expect(op.y + op.height).toBeLessThan(box.y + box.height);
    expect(Object.keys(r.nodes)).toHaveLength(v.nodes.length);
  });
});
