// torch.save(model) pickles the module objects themselves: their tensors sit in each object's BUILD
// state (`_parameters`, `_buffers`, `_modules`). They are listed under state_dict names, without
// running any of the model's code, and the class stays visible as metadata.
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../bytes/readChecks';
import {
  torchDict,
  torchModule,
  torchTensor,
  writeTorchLegacy,
  writeTorchZip,
  type TorchValue,
} from '../../testing/torchWriter';
import { HOSTILE_PICKLES, inZip } from '../../testing/fuzz/torchSeeds';
import { openPytorch } from './openPytorch';

const floats = (n: number, base: number) =>
  new Uint8Array(Float32Array.from({ length: n }, (_, i) => base + i).buffer);

function net(via: 'newobj' | 'reduce' = 'newobj'): TorchValue {
  const conv = torchModule('torch.nn.modules.conv.Conv2d', {
    parameters: [
      ['weight', torchTensor('float32', [2, 1, 1, 1], floats(2, 1))],
      ['bias', null],
    ],
  });
  const bn = torchModule('torch.nn.modules.batchnorm.BatchNorm2d', {
    parameters: [
      ['weight', torchTensor('float32', [2], floats(2, 10))],
      ['bias', torchTensor('float32', [2], floats(2, 20))],
    ],
    buffers: [
      ['running_mean', torchTensor('float32', [2], floats(2, 30))],
      ['num_batches_tracked', torchTensor('int64', [], new Uint8Array(8))],
      // register_buffer('anchor', …, persistent=False): pickled with the module, not in state_dict().
      ['anchor', torchTensor('float32', [2], floats(2, 50))],
    ],
    nonPersistent: ['anchor'],
  });
  const block = torchModule('mymodels.Block', {
    modules: [
      ['conv', conv],
      ['bn', bn],
    ],
  });
  const fc = torchModule('torch.nn.modules.linear.Linear', {
    parameters: [['weight', torchTensor('float32', [3, 2], floats(6, 40))]],
  });
  return torchModule(
    'mymodels.Net',
    {
      modules: [
        ['conv0', block],
        ['head', null],
        ['fc', fc],
      ],
    },
    via,
  );
}

async function open(bytes: Uint8Array, name = 'net.pth') {
  return openPytorch(memoryByteSource(name, bytes));
}

describe('whole-model pickles (torch.save(model))', () => {
  for (const [label, write] of [
    ['zip', (v: TorchValue) => writeTorchZip(v)],
    ['legacy', writeTorchLegacy],
  ] as const) {
    it(`${label}: lists the module's tensors under state_dict names, the class as metadata`, async () => {
      const reader = await open(write(net()));
      const weights = reader.variables.filter((v) => v.role !== 'metadata');
      expect(weights.map((v) => v.name)).toEqual([
        'conv0.conv.weight',
        'conv0.bn.weight',
        'conv0.bn.bias',
        'conv0.bn.running_mean',
        'conv0.bn.num_batches_tracked',
        'fc.weight',
      ]);
      expect(reader.variables.find((v) => v.name === 'conv0.bn.num_batches_tracked')?.role).toBe(
        'bookkeeping',
      );
      const cls = reader.variables.find((v) => v.name === 'net');
      expect(cls?.role).toBe('metadata');
      expect(cls?.value).toMatch(/module of class `mymodels\.Net`.*no code run/);
      const fcWeight = await reader.readTensor('fc.weight');
      expect(fcWeight.shape).toEqual([3, 2]);
      expect(Array.from(fcWeight.values as Float32Array)).toEqual([40, 41, 42, 43, 44, 45]);
      expect(Array.from((await reader.readTensor('conv0.bn.bias')).values as Float32Array)).toEqual([20, 21]);
    });
  }

  it('a module created by REDUCE and nested in a training checkpoint: path, then state_dict names', async () => {
    const reader = await open(
      writeTorchZip(
        torchDict([
          ['epoch', 3n],
          ['model', net('reduce')],
        ]),
      ),
    );
    const names = reader.variables.map((v) => v.name);
    expect(names).toContain('model/conv0.conv.weight');
    expect(names).toContain('model/fc.weight');
    expect(reader.variables.find((v) => v.name === 'model')?.value).toMatch(/mymodels\.Net/);
  });

  it('an object that is not a module: its state is walked as plain data', async () => {
    const obj: TorchValue = {
      kind: 'object',
      module: 'mymodels',
      name: 'Holder',
      via: 'newobj',
      state: torchDict([['table', torchTensor('float32', [2], floats(2, 7))]], false),
    };
    const reader = await open(writeTorchZip(torchDict([['holder', obj]])));
    expect(reader.variables.map((v) => [v.name, v.role])).toEqual([
      ['holder', 'metadata'],
      ['holder/table', 'weight'],
    ]);
    expect(reader.variables[0]?.value).toMatch(/object of class `mymodels\.Holder` \(its state is listed/);
  });

  it('a module reused 2^40 times (hostile DAG) is expanded once; its one tensor is read', async () => {
    const reader = await open(inZip(HOSTILE_PICKLES['module-exponential-dag']!), 'dag.pth');
    const weights = reader.variables.filter((v) => v.role !== 'metadata');
    expect(weights.map((v) => v.name)).toEqual([`${'a.'.repeat(40)}w`]);
    expect(reader.variables.length).toBe(42);
    expect((await reader.readTensor(weights[0]!.name)).shape).toEqual([4]);
  });
});
