import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSlimscopeError } from '../base/errors';
import { openNodeCheckpoint } from '../formats/openNode';
import type { CheckpointReader, TensorData } from '../formats/checkpoint';
import { applyTransform } from '../matching/transforms';
import { nasnetVariables } from '../model/nasnet/variables';
import { loadNasnetWeights } from '../model/nasnet/weights';
import { oracleDir } from '../testing/fixtures';
import { assignmentsFromMapping } from './mappingAssignments';

const prefix = join(oracleDir, 'nasnet-mobile', 'model.ckpt');
const FC = 'final_layer/FC/weights';

/** The oracle checkpoint with its FC kernel stored PyTorch-style ([out, in]) under another name. */
function withTransposedFc(reader: CheckpointReader): CheckpointReader {
  const stored = reader.variables.find((v) => v.name === FC);
  if (!stored) throw new Error('oracle lacks the FC kernel');
  const renamed = { ...stored, name: 'classifier.weight', shape: [...stored.shape].reverse() };
  return {
    ...reader,
    variables: [...reader.variables.filter((v) => v.name !== FC), renamed],
    readTensor: async (name, options) => {
      if (name !== 'classifier.weight') return reader.readTensor(name, options);
      const t = await reader.readTensor(FC, options);
      return { ...applyTransform(t, [{ op: 'permute', perm: [1, 0], label: 'T' }]), name };
    },
  };
}

describe.skipIf(!existsSync(`${prefix}.index`))('loading weights through a mapping', () => {
  let reader: CheckpointReader;
  const graph = nasnetVariables('nasnet-mobile', 'inference');
  const fcOnly = graph.filter((v) => v.name === FC);

  beforeAll(async () => {
    reader = await openNodeCheckpoint(prefix);
  });

  it('undoes a layout transform recorded on a mapping-document pair', async () => {
    const doc = {
      version: 1,
      pairs: [
        {
          checkpoint: 'classifier.weight',
          graph: FC,
          how: 'rule',
          transform: [{ op: 'permute', perm: [1, 0], label: '[out,in]→[in,out]' }],
        },
      ],
    };
    const { values, report } = await loadNasnetWeights(
      withTransposedFc(reader),
      fcOnly,
      assignmentsFromMapping(doc, 'm.json'),
    );
    const want = (await reader.readTensor(FC)) as TensorData;
    expect(report.missing).toEqual([]);
    expect(values.get(FC)).toEqual(want.values);
  });

  it('refuses a pair whose shapes differ, naming both shapes', async () => {
    const plain = { 'aux_7/aux_logits/FC/weights': FC };
    const error = await loadNasnetWeights(reader, fcOnly, assignmentsFromMapping(plain, 'm.json')).catch(
      (e: unknown) => e,
    );
    expect(isSlimscopeError(error) && error.code).toBe('SHAPE_MISMATCH');
    expect(String(error)).toContain('[768,1001]');
    expect(String(error)).toContain('[1056,1001]');
  });

  it('reports graph variables left without weights and unused checkpoint weights', async () => {
    const partial = withTransposedFc(reader);
    const { report } = await loadNasnetWeights(partial, graph.slice(-2), null);
    expect(report.missing.map((v) => v.name)).toEqual([FC]);
    expect(report.unusedCheckpoint).toContain('classifier.weight');
  });

  it('rejects a mapping naming a checkpoint variable that does not exist', async () => {
    const error = await loadNasnetWeights(
      reader,
      fcOnly,
      assignmentsFromMapping({ 'no/such': FC }, 'm.json'),
    ).catch((e: unknown) => e);
    expect(isSlimscopeError(error) && error.code).toBe('BAD_MAPPING');
  });
});

describe('assignmentsFromMapping', () => {
  it('accepts both the document and a plain object, and rejects malformed input', () => {
    expect(assignmentsFromMapping({ a: 'b' }, 'f')).toEqual([{ checkpoint: 'a', graph: 'b' }]);
    expect(
      assignmentsFromMapping(
        { pairs: [{ checkpoint: 'a', graph: 'b', how: 'exact', transform: null }] },
        'f',
      ),
    ).toEqual([{ checkpoint: 'a', graph: 'b' }]);
    expect(() => assignmentsFromMapping({ pairs: [{ checkpoint: 'a' }] }, 'f')).toThrow(/Pair 0/);
    expect(() =>
      assignmentsFromMapping({ pairs: [{ checkpoint: 'a', graph: 'b', transform: [{ op: 'rot90' }] }] }, 'f'),
    ).toThrow(/transform/);
    expect(() => assignmentsFromMapping([1], 'f')).toThrow(/not a JSON object/);
  });
});
