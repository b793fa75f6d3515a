#!/usr/bin/env node
// `npm run proto`: regenerates the static protobufjs module from the vendored TensorFlow .proto files
// (src/formats/tensorflow/proto/tensorflow/**). Output is committed: generated.js + generated.d.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const protoDir = join(root, 'src', 'formats', 'tensorflow', 'proto');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.proto') ? [p] : [];
  });
}

const protos = walk(join(protoDir, 'tensorflow')).sort();
const js = join(protoDir, 'generated.js');
execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--no-verify',
    '--no-delimited',
    '--no-convert',
    '--no-service',
    '-p',
    protoDir,
    '-o',
    js,
    ...protos,
  ],
  { cwd: protoDir, stdio: 'inherit' },
);
execFileSync(bin('pbts'), ['-o', join(protoDir, 'generated.d.ts'), js], { stdio: 'inherit' });
console.log(`Generated ${relative(root, js)} from ${protos.length} .proto files.`);
