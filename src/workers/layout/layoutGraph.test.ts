import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layoutGraph';

describe('layoutGraph', () => {
  it('places a chain top to bottom without overlaps and routes its edges', async () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 30 }));
    const edges = [
      { id: 'a-b', source: 'a', target: 'b' },
      { id: 'b-c', source: 'b', target: 'c' },
    ];
    const r = await layoutGraph({ nodes, edges });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => r.nodes[id]!);
    expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y);
    expect(b!.y + b!.height).toBeLessThanOrEqual(c!.y);
    expect(r.edges).toHaveLength(2);
    const ab = r.edges.find((e) => e.id === 'a-b')!;
    expect(ab.points[0]!.y).toBeCloseTo(a!.y + a!.height, 0);
    expect(ab.points.at(-1)!.y).toBeCloseTo(b!.y, 0);
  });

  it('gives children of a compound node absolute positions inside their parent', async () => {
    const r = await layoutGraph({
      nodes: [
        { id: 'in', width: 80, height: 30 },
        {
          id: 'cell',
          width: 0,
          height: 0,
          children: [
            { id: 'cell/op1', width: 80, height: 30 },
            { id: 'cell/op2', width: 80, height: 30 },
          ],
        },
      ],
      edges: [
        { id: 'e0', source: 'in', target: 'cell/op1' },
        { id: 'e1', source: 'cell/op1', target: 'cell/op2' },
      ],
    });
    const cell = r.nodes['cell']!;
    for (const id of ['cell/op1', 'cell/op2']) {
      const n = r.nodes[id]!;
      expect(n.x).toBeGreaterThanOrEqual(cell.x);
      expect(n.y).toBeGreaterThanOrEqual(cell.y);
      expect(n.x + n.width).toBeLessThanOrEqual(cell.x + cell.width);
      expect(n.y + n.height).toBeLessThanOrEqual(cell.y + cell.height);
    }
    const e1 = r.edges.find((e) => e.id === 'e1')!;
    const op2 = r.nodes['cell/op2']!;
    expect(e1.points.at(-1)!.y).toBeCloseTo(op2.y, 0);
  });
});
