import { crc32cExtend } from './src/formats/bytes/crc32c';
import { instantiateCrc32cWasm } from './src/formats/bytes/crc32cWasm';
const POLY = 0x82f63b78;
const t = new Int32Array(16 * 256);
for (let i = 0; i < 256; i++) { let c = i; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1; t[i] = c; }
for (let k = 1; k < 16; k++) for (let i = 0; i < 256; i++) { const prev = t[(k - 1) * 256 + i]!; t[k * 256 + i] = (prev >>> 8) ^ t[prev & 0xff]!; }
const w = instantiateCrc32cWasm(t)!;
const big = new Uint8Array(64 << 20); for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
console.log(w.extend(0, big, 3, big.length - 5) === crc32cExtend(0, big, 3, big.length - 5));
const cpu = (f: () => void) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
const copy = new Uint8Array(big.length);
for (let r = 0; r < 4; r++) {
const tw = cpu(() => w.extend(0, big, 0, big.length));
const tj = cpu(() => crc32cExtend(0, big));
const tc = cpu(() => copy.set(big));
console.log('cpu MB/s: wasm', (64 / tw * 1000).toFixed(0), 'js', (64 / tj * 1000).toFixed(0), 'memcpy', (64 / tc * 1000).toFixed(0));
}
