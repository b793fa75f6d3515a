import type { Locator, Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The "Set from .npy…" box in the details of the selected graph variable. */
export class SetNpyBox {
  readonly box: Locator;
  readonly button: Locator;
  readonly refusal: Locator;
  readonly notices: Locator;
  readonly layoutChoice: Locator;
  readonly weightsSource: Locator;
  /** How the pair was made: 'npy', 'manual', 'exact'… */
  readonly how: Locator;

  constructor(
    readonly page: Page,
    graphSection: Locator,
  ) {
    this.box = graphSection.getByLabel('Set from .npy', { exact: true });
    this.button = this.box.getByRole('button', { name: 'Set from .npy…' });
    this.refusal = this.box.getByRole('alert');
    this.notices = this.box.getByRole('status');
    this.layoutChoice = this.box.getByRole('group', { name: 'Layout of the .npy' });
    this.weightsSource = graphSection.getByLabel('Weights source');
    this.how = this.weightsSource.locator('.muted');
  }

  /** Clicks the button and picks the file in the chooser it opens, as a user would. */
  async pick(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button.click();
    await (await chooser).setFiles(path);
  }
}

/** Little-endian C-order values for `writeNpy`. */
export type NpyDescr = '<f4' | '<f8';

/** Writes a NumPy v1.0 `.npy` (header padded to 64 bytes) into a fresh temp folder; returns its path. */
export function writeNpy(fileName: string, descr: NpyDescr, shape: number[], values: number[]): string {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const data = descr === '<f4' ? new Float32Array(values) : new Float64Array(values);
  const out = Buffer.alloc(10 + header.length + data.byteLength);
  out.write('\x93NUMPY', 0, 'latin1');
  out[6] = 1;
  out[7] = 0;
  out.writeUInt16LE(header.length, 8);
  out.write(header, 10, 'latin1');
  Buffer.from(data.buffer).copy(out, 10 + header.length);
  const path = join(mkdtempSync(join(tmpdir(), 'slimscope-npy-')), fileName);
  writeFileSync(path, out);
  return path;
}
