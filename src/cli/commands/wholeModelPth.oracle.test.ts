// torch.save(model) of a Cadene NASNetAMobile (the module objects pickled, not a state dict): the
// reader walks each module's BUILD state, so the file lists the same state_dict names and maps to the
// Slim graph with 0 clicks, every pair the ground truth.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MappingDocument } from '../../formats/mapping/document';
import { openNodeCheckpoint } from '../../formats/openNode';
import { nasnetVariables } from '../../model/nasnet/variables';
import { oracleDir } from '../../testing/fixtures';
import { cadeneMobileFromSlim, type CadenePort, type PortTensor } from '../../testing/matching/cadenePth';
import { torchModule, torchTensor, writeTorchZip, type TorchObjectOut } from '../../testing/torchWriter';
import { run as runMatch } from './match';

const dir = join(oracleDir, 'nasnet-mobile');
const haveOracle = existsSync(join(dir, 'model.ckpt.index'));
const BUFFERS = new Set(['running_mean', 'running_var', 'num_batches_tracked']);

interface ModuleNode {
  parameters: Array<[string, PortTensor]>;
  buffers: Array<[string, PortTensor]>;
  children: Map<string, ModuleNode>;
}
const node = (): ModuleNode => ({ parameters: [], buffers: [], children: new Map() });

/** The module tree a state dict's dotted keys come from, as pickled module objects. */
function moduleTree(port: CadenePort): TorchObjectOut {
  const root = node();
  for (const [key, t] of port.entries) {
    const parts = key.split('.');
    const leaf = parts.pop()!;
    let at = root;
    for (const p of parts) at = at.children.get(p) ?? at.children.set(p, node()).get(p)!;
    (BUFFERS.has(leaf) ? at.buffers : at.parameters).push([leaf, t]);
  }
  const toObject = (n: ModuleNode, cls: string): TorchObjectOut =>
    torchModule(cls, {
      parameters: n.parameters.map(([k, t]) => [k, torchTensor(t.dtype, t.shape, t.bytes)]),
      buffers: n.buffers.map(([k, t]) => [k, torchTensor(t.dtype, t.shape, t.bytes)]),
      modules: [...n.children].map(([k, c]) => [k, toObject(c, 'pretrainedmodels.models.nasnet.Module')]),
    });
  return toObject(root, 'pretrainedmodels.models.nasnet_mobile.NASNetAMobile');
}

let out: string;
let port: CadenePort;

describe.skipIf(!haveOracle)('torch.save(model) of a Cadene NASNetAMobile', () => {
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'slimscope-whole-model-'));
    port = await cadeneMobileFromSlim(await openNodeCheckpoint(join(dir, 'model.ckpt')));
    await writeFile(join(out, 'model.pth'), writeTorchZip(moduleTree(port)));
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('lists the state_dict names and maps with 0 clicks to the ground truth', async () => {
    const reader = await openNodeCheckpoint(join(out, 'model.pth'));
    const tensors = reader.variables.filter((v) => v.role !== 'metadata').map((v) => v.name);
    expect(tensors.sort()).toEqual(port.entries.map(([k]) => k).sort());
    expect(reader.variables.find((v) => v.name === 'model')?.value).toMatch(/NASNetAMobile/);

    const mapping = join(out, 'mapping.json');
    const quiet = [
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
    ];
    try {
      expect(await runMatch([join(out, 'model.pth'), '--model', 'nasnet-mobile', '--out', mapping])).toBe(0);
    } finally {
      for (const s of quiet) s.mockRestore();
    }
    const doc = JSON.parse(await readFile(mapping, 'utf8')) as MappingDocument;
    const graph = nasnetVariables('nasnet-mobile', 'inference');
    expect(doc.unmatched.graph).toEqual([]);
    const byGraph = new Map(doc.pairs.map((p) => [p.graph, p.checkpoint]));
    for (const g of graph) expect([g.name, byGraph.get(g.name)]).toEqual([g.name, port.truth.get(g.name)]);
  }, 180_000);
});
