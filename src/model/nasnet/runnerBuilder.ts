import * as tf from '@tensorflow/tfjs-core';
import { SlimscopeError } from '../../base/errors';
import { disposeStepWeights, layoutFor, NasnetRunner, uploadStep, type StepWeights } from './forward';
import type { NasnetProgram, Step } from './programTypes';

const NOTHING: StepWeights = { tensors: {}, pieces: [] };

/**
 * Uploads steps to the active backend as they are compiled (see `StreamingCompile`), so their
 * host values can go at once, then makes the runner from the finished program. The backend must
 * stay the same until `finish`; `dispose` frees what was uploaded when the load is abandoned.
 */
export class RunnerBuilder {
  private readonly uploaded = new Map<string, StepWeights>();
  private readonly layout = layoutFor();
  /**
   * The backend copies every uploaded value into its own memory (WASM's heap), so the host arrays
   * are free to go once uploaded; CPU keeps the arrays themselves, WebGL until their first use.
   */
  readonly copiesOnUpload = tf.getBackend() === 'wasm';

  add(steps: readonly Step[]): void {
    for (const step of steps) {
      if (this.uploaded.has(step.id)) {
        throw new SlimscopeError({
          code: 'INTERNAL',
          file: '',
          problem: `Step "${step.id}" was compiled twice.`,
          hint: 'Load the weights again.',
        });
      }
      this.uploaded.set(step.id, uploadStep(step, this.layout));
    }
  }

  /** The runner over `program`'s steps (those pruned from it are freed); the builder is then empty. */
  finish(program: NasnetProgram): NasnetRunner {
    const weights = program.steps.map((step) => {
      const w = this.uploaded.get(step.id) ?? NOTHING;
      this.uploaded.delete(step.id);
      return w;
    });
    this.dispose();
    return new NasnetRunner(program, this.layout, weights);
  }

  dispose(): void {
    for (const w of this.uploaded.values()) disposeStepWeights(w);
    this.uploaded.clear();
  }
}
