import type { ByteSource } from '../../../formats/bytes/byteSource';
import { blobByteSource } from '../../../formats/bytes/blobByteSource';
import { BundleWriter } from '../../../formats/tensorflow/bundleWriter';
import { nasnetVariables } from '../../../model/nasnet/variables';
import { assertNotCancelled } from '../../../base/cancel';
import type { RequestContext } from '../../rpc/serve';
import { demoValues, emaOf, gaussian, seededRandom } from './demoWeights';

export const DEMO_PREFIX = 'synthetic-demo/nasnet_mobile.ckpt';
/** The scope a multi-GPU Slim training run puts everything under; matching must see past it. */
export const DEMO_SCOPE = 'tower_0/';
/** Variables that also get RMSProp slots (a full set would only make the demo bigger). */
const SLOT_CELLS = /^(conv0|final_layer)\//;

/**
 * A synthetic NASNet-A Mobile training checkpoint written by Slimscope's own V2 writer: every
 * variable of the training layout (aux head included) under `tower_0/`, an ExponentialMovingAverage
 * copy of each, RMSProp slots for a few, and `global_step`. Generated, never fetched.
 */
export async function generateDemoCheckpoint(
  ctx: RequestContext,
): Promise<{ prefix: string; files: ByteSource[] }> {
  const variables = nasnetVariables('nasnet-mobile', 'training');
  const normal = gaussian(seededRandom(20180110));
  const writer = new BundleWriter();
  for (let i = 0; i < variables.length; i++) {
    const v = variables[i]!;
    const values = demoValues(v, normal);
    const name = `${DEMO_SCOPE}${v.name}`;
    writer.addTensor(name, 'float32', v.shape, values);
    writer.addTensor(`${name}/ExponentialMovingAverage`, 'float32', v.shape, emaOf(values, normal));
    if (SLOT_CELLS.test(v.name) && v.kind !== 'moving_mean' && v.kind !== 'moving_variance') {
      writer.addTensor(
        `${name}/RMSProp`,
        'float32',
        v.shape,
        values.map((x) => x * x * 0.1),
      );
      writer.addTensor(`${name}/RMSProp_1`, 'float32', v.shape, new Float32Array(values.length));
    }
    if (i % 64 === 0) {
      ctx.onProgress({ phase: 'generating weights', done: i, total: variables.length });
      await new Promise((r) => setTimeout(r, 0)); // lets a cancel message in
      assertNotCancelled(ctx.signal);
    }
  }
  writer.addTensor('global_step', 'int64', [], new BigInt64Array([250000n]));
  const bundle = writer.finish();
  const data = bundle.shards[0]!.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(0)));
  return {
    prefix: DEMO_PREFIX,
    files: [
      blobByteSource(new Blob([bundle.index as Uint8Array<ArrayBuffer>]), `${DEMO_PREFIX}.index`),
      blobByteSource(new Blob(data as Uint8Array<ArrayBuffer>[]), `${DEMO_PREFIX}.data-00000-of-00001`),
    ],
  };
}
