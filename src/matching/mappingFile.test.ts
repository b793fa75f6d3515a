import { describe, expect, it } from 'vitest';
import { isSlimscopeError } from '../base/errors';
import {
  assignmentMap,
  parseMappingDocument,
  serializeMappingDocument,
  type CheckpointIdentity,
  type ModelIdentity,
} from '../formats/mapping/document';
import { nasnetVariables } from '../model/nasnet/variables';
import { resumeFromDocument, toMappingDocument } from './mappingFile';
import { createSession, sessionPairs, unmap } from './session';
import { cadeneCheckpoint } from '../testing/matching/renamers';

const graph = nasnetVariables('nasnet-mobile', 'inference');
const { variables } = cadeneCheckpoint(graph);
const ckptId: CheckpointIdentity = {
  prefix: 'model.pth',
  files: [{ name: 'model.pth', size: 1 }],
  indexSha256: null,
  variableCount: variables.length,
};
const modelId: ModelIdentity = {
  name: 'nasnet-mobile',
  mode: 'inference',
  numClasses: 1001,
  variableCount: graph.length,
};

describe('mapping document', () => {
  it('round-trips through JSON and resumes the same pairs', () => {
    const s = createSession(variables, graph);
    const doc = toMappingDocument(s, ckptId, modelId);
    expect(doc.pairs[0]).toEqual(
      expect.objectContaining({ checkpoint: 'conv0.conv.weight', graph: 'conv0/weights', how: 'structure' }),
    );
    const back = parseMappingDocument(serializeMappingDocument(doc));
    const fresh = unmap(createSession(variables, graph), 'conv0/weights');
    const resumed = resumeFromDocument(fresh, back, { model: modelId });
    expect(resumed.stale).toEqual([]);
    expect(resumed.warnings).toEqual([]);
    expect(sessionPairs(resumed.session).map((p) => [p.checkpoint, p.graph, p.transform])).toEqual(
      sessionPairs(s).map((p) => [p.checkpoint, p.graph, p.transform]),
    );
  });

  it('reports stale entries on import', () => {
    const doc = toMappingDocument(createSession(variables, graph), ckptId, modelId);
    const fewer = variables.filter((v) => v.name !== 'conv0.conv.weight');
    const reshaped = fewer.map((v) => (v.name === 'last_linear.bias' ? { ...v, shape: [10] } : v));
    const r = resumeFromDocument(createSession(reshaped, graph), doc, {
      model: { ...modelId, mode: 'training' },
    });
    expect(r.stale).toEqual([
      {
        checkpoint: 'conv0.conv.weight',
        graph: 'conv0/weights',
        reason: 'the checkpoint has no such tensor',
      },
      {
        checkpoint: 'last_linear.bias',
        graph: 'final_layer/FC/biases',
        reason: 'shape [10] no longer fits [1001] with the recorded transform',
      },
    ]);
    expect(r.warnings[0]).toMatch(/made for nasnet-mobile \(inference\)/);
  });

  it('rejects malformed documents naming the field', () => {
    const doc = JSON.parse(
      serializeMappingDocument(toMappingDocument(createSession(variables, graph), ckptId, modelId)),
    );
    doc.pairs[3].transform = [{ op: 'rotate' }];
    const err = (() => {
      try {
        parseMappingDocument(JSON.stringify(doc), 'm.json');
      } catch (e) {
        return e;
      }
    })();
    expect(isSlimscopeError(err) && err.code).toBe('BAD_MAPPING');
    expect(String(err)).toContain('pairs[3].transform');
    expect(() => parseMappingDocument('{"format":"slimscope-mapping","version":9}')).toThrow(/version/);
    expect(() => parseMappingDocument('not json')).toThrow(/not valid JSON/);
  });

  it('writes the init_from_checkpoint map with transform-free pairs only', () => {
    const slim = graph.map((g) => ({
      name: `tower_0/${g.name}`,
      shape: g.shape,
      dtype: 'float32' as const,
      role: 'weight' as const,
    }));
    const map = assignmentMap(toMappingDocument(createSession(slim, graph), ckptId, modelId));
    expect(Object.keys(map)).toHaveLength(graph.length);
    expect(map['tower_0/cell_0/1x1/weights']).toBe('cell_0/1x1/weights');
    const torch = assignmentMap(toMappingDocument(createSession(variables, graph), ckptId, modelId));
    expect(torch['conv0.bn.weight']).toBe('conv0_bn/gamma');
    expect(torch['conv0.conv.weight']).toBeUndefined();
  });
});
