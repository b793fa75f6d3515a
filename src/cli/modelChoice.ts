/**
 * `--model auto|<name>`, `--mode` and `--classes` for the commands that build a graph: a named
 * model is taken as given (class count: `--classes` or its default); `auto` (the default) scores
 * every known configuration against the checkpoint (matching/detectModel.ts).
 */
import { SlimscopeError } from '../base/errors';
import { detectModel, type Detection } from '../matching/detectModel';
import { createSession, type MatchSession } from '../matching/session';
import type { MatchCheckpointVariable } from '../matching/types';
import {
  MODEL_CATALOGUE,
  modelEntry,
  isModelName,
  variablesOf,
  type GraphConfig,
  type GraphMode,
  type ModelName,
} from '../model/catalogue';

export const MODEL_CHOICES = `auto|${MODEL_CATALOGUE.map((m) => m.name).join('|')}`;

export interface ModelOptions {
  model: ModelName | 'auto';
  /** Undefined: `inference` for a named model; both modes scored under `auto` (inference kept on a tie). */
  mode?: GraphMode;
  numClasses?: number;
}

/** Reads `--model`, `--mode`, `--classes`; `usageError` builds the command's own usage error. */
export function parseModelOptions(
  raw: { model?: string; mode?: string; classes?: string },
  usageError: (problem: string) => SlimscopeError,
): ModelOptions {
  const model = raw.model ?? 'auto';
  if (model !== 'auto' && !isModelName(model))
    throw usageError(`--model must be one of ${MODEL_CHOICES.split('|').join(', ')}.`);
  if (raw.mode !== undefined && raw.mode !== 'inference' && raw.mode !== 'training')
    throw usageError('--mode must be inference or training.');
  let numClasses: number | undefined;
  if (raw.classes !== undefined) {
    numClasses = Number(raw.classes);
    if (!Number.isInteger(numClasses) || numClasses < 1)
      throw usageError('--classes must be a positive whole number (TF-Slim num_classes).');
  }
  return {
    model,
    ...(raw.mode ? { mode: raw.mode as GraphMode } : {}),
    ...(numClasses ? { numClasses } : {}),
  };
}

export interface ChosenGraph {
  config: GraphConfig;
  session: MatchSession;
  /** Set under `--model auto`. */
  detection: Detection | null;
}

/** The graph to use for a checkpoint, matched: the named one, or the best detected one. */
export function chooseGraph(
  variables: readonly MatchCheckpointVariable[],
  o: ModelOptions,
  preferEma = false,
): ChosenGraph {
  if (o.model !== 'auto') {
    const config: GraphConfig = {
      model: o.model,
      mode: o.mode ?? 'inference',
      numClasses: o.numClasses ?? modelEntry(o.model).numClasses,
    };
    return { config, session: createSession(variables, variablesOf(config), { preferEma }), detection: null };
  }
  const { detection, session } = detectModel(variables, {
    preferEma,
    ...(o.mode ? { modes: [o.mode] } : {}),
    ...(o.numClasses ? { numClasses: o.numClasses } : {}),
  });
  return { config: detection.best.config, session, detection };
}
