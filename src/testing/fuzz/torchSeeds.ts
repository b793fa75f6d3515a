// Node-only: PyTorch seeds — the shared torch.save fixtures and hand-written hostile pickles, each
// wrapped the two ways torch.save stores a pickle (a zip data.pkl member, the legacy pickle stream).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Seed } from './seeds';
import { concatBytes } from '../../formats/bytes/concatBytes';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cat = (...parts: Array<Uint8Array | number[]>) => concatBytes(parts);
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const PROTO2 = [0x80, 0x02];
const STOP = [0x2e];

const text = (s: string) => cat([0x8c, s.length], ascii(s));
const NEW_NET = cat(ascii('cmymodels\nNet\n'), [0x29, 0x81]);
/** `{'_modules': {'a': memo 0, 'b': memo 0}}`, BUILD onto the object below it. */
const modulesOfMemo0 = (...names: string[]) =>
  cat(
    [0x7d, 0x28],
    text('_modules'),
    [0x7d, 0x28],
    ...names.flatMap((n) => [text(n), [0x68, 0]]),
    [0x75, 0x75, 0x62],
  );

/** Hostile object pickles (protocol 2), by what they try. */
export const HOSTILE_PICKLES: Record<string, Uint8Array> = {
  'unknown-opcode': cat(PROTO2, [0xff], STOP),
  'huge-unicode-length': cat(PROTO2, [0x58], u32(0xfffffff0), ascii('abc'), STOP),
  'huge-bytes8-length': cat(PROTO2, [0x8e, 0, 0, 0, 0, 0, 0, 0, 0x10], STOP),
  'huge-long4': cat(PROTO2, [0x8b], u32(0x7ffffff0), STOP),
  'os-system-reduce': cat(
    PROTO2,
    ascii('cos\nsystem\n'),
    [0x28],
    ascii("S'echo pwned'\n"),
    [0x74, 0x52],
    STOP,
  ),
  'os-system-stack-global': cat(
    PROTO2,
    [0x8c, 2],
    ascii('os'),
    [0x8c, 6],
    ascii('system'),
    [0x93, 0x8c, 4],
    ascii('true'),
    [0x85, 0x52],
    STOP,
  ),
  'eval-in-dict': cat(
    PROTO2,
    [0x7d, 0x8c, 1],
    ascii('x'),
    ascii('cbuiltins\neval\n'),
    [0x8c, 6],
    ascii('1+1+1;'),
    [0x85, 0x52, 0x73],
    STOP,
  ),
  'deep-nesting': cat(
    PROTO2,
    new Array<number>(50_000).fill(0x5d),
    new Array<number>(49_999).fill(0x61),
    STOP,
  ),
  'self-reference': cat(PROTO2, [0x5d, 0x71, 0, 0x68, 0, 0x61], STOP),
  // L(i+1) = [L(i), L(i)] sixty times: 2^60 leaves if walked as a tree.
  'exponential-dag': cat(PROTO2, [0x5d], ...Array.from({ length: 60 }, () => [0x32, 0x86]), STOP),
  // torch.save(model) shape: a module whose `_modules` holds the module itself.
  'module-self-reference': cat(PROTO2, NEW_NET, [0x71, 0], modulesOfMemo0('self'), STOP),
  // Module M(i+1) = Net with _modules {a: M(i), b: M(i)}, forty times: 2^40 tensors' names if expanded.
  'module-exponential-dag': cat(
    PROTO2,
    NEW_NET,
    [0x7d, 0x28],
    text('_parameters'),
    [0x7d, 0x28],
    text('w'),
    ascii('ctorch._utils\n_rebuild_tensor_v2\n'),
    [0x28],
    ascii("(S'storage'\nctorch\nFloatStorage\nS'0'\nS'cpu'\nK\x04tQ"),
    [0x4b, 0, 0x4b, 4, 0x85, 0x4b, 1, 0x85, 0x89, 0x29, 0x74, 0x52, 0x75, 0x75, 0x62, 0x71, 0, 0x30],
    ...Array.from({ length: 40 }, () => cat(NEW_NET, modulesOfMemo0('a', 'b'), [0x71, 0, 0x30])),
    [0x68, 0],
    STOP,
  ),
  'many-marks': cat(PROTO2, new Array<number>(200_000).fill(0x28), [0x29], STOP),
  'tensor-outside-storage': cat(
    PROTO2,
    ascii('ctorch._utils\n_rebuild_tensor_v2\n'),
    [0x28],
    ascii("(S'storage'\nctorch\nFloatStorage\nS'0'\nS'cpu'\nK\x04tQ"),
    [0x4b, 2, 0x4b, 4, 0x85, 0x4b, 1, 0x85, 0x89, 0x29, 0x74, 0x52],
    STOP,
  ),
};

/** A pickle as the only object of a torch.save zip archive (data.pkl), with a 16-byte storage `0`. */
export function inZip(pickle: Uint8Array): Uint8Array {
  return zipSync(
    { 'h/data.pkl': pickle, 'h/data/0': new Uint8Array(16), 'h/version': ascii('3\n') },
    { level: 0 },
  );
}

/** A pickle as the object of a legacy torch.save stream (magic, protocol, sys_info, keys `['0']`). */
export function inLegacy(pickle: Uint8Array): Uint8Array {
  const magic = cat(PROTO2, [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19], STOP);
  const protocol = cat(PROTO2, [0x4d, 0xe9, 0x03], STOP);
  const sysInfo = cat(PROTO2, [0x7d], STOP);
  const keys = cat(PROTO2, [0x5d, 0x8c, 1, 0x30, 0x61], STOP);
  return cat(magic, protocol, sysInfo, pickle, keys, [4, 0, 0, 0, 0, 0, 0, 0], new Uint8Array(16));
}

/** The shared torch fixtures (one file per seed) and every hostile pickle in both wrappings. */
export function torchSeeds(torchDir: string | undefined): Seed[] {
  const real =
    torchDir && existsSync(torchDir)
      ? readdirSync(torchDir)
          .filter((n) => n.endsWith('.pth'))
          .sort()
          .map((n) => [{ name: n, bytes: new Uint8Array(readFileSync(join(torchDir, n))) }])
      : [];
  const hostile = Object.entries(HOSTILE_PICKLES).flatMap(([name, pickle]) => [
    [{ name: `${name}.pth`, bytes: inZip(pickle) }],
    [{ name: `${name}-legacy.pth`, bytes: inLegacy(pickle) }],
  ]);
  return [...real, ...hostile];
}
