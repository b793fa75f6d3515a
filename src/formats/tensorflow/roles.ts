import type { VariableRole } from '../checkpoint';

// Classifies a checkpoint key (and, for TF2 object keys, the variable's original name) by what it is
// for. Pure and shared: the reader sets `role`, the matcher reuses it to ignore non-weights.

const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';
const ATTRIBUTE_SUFFIX = /\/\.ATTRIBUTES\/[A-Z_]+$/;

/** TF1 optimizer slot variables: `<var>/Adam`, `<var>/Adam_1`, `<var>/RMSProp_1`, `<var>/Momentum`… */
const TF1_SLOT = new RegExp(
  '/(Adam|AdamW|Adamax|Nadam|LazyAdam|RMSProp|RMSprop|Momentum|Ftrl|Adagrad|AdagradDA|ProximalAdagrad|' +
    'Adadelta|GradientDescent|LARS|Lamb|accumulator|gradient_accumulator|squared_accumulator|' +
    'linear_accumulator)(_\\d+)?$',
);
/** Keras (TF1 graph mode / TF2 name-based) slots: `Adam/dense/kernel/m`, `training/Adam/…/v`. */
const KERAS_SLOT =
  /^(training\/)?(Adam|AdamW|Adamax|Nadam|RMSprop|SGD|Adagrad|Adadelta|Ftrl)\/.+\/(m|v|vhat|momentum|rms|mg|accumulator|linear|velocity)$/;

const OPTIMIZER_SCOPE =
  /^(optimizer|training\/[A-Za-z]+|Adam|AdamW|Adamax|Nadam|RMSprop|RMSProp|SGD|Adagrad|Adadelta|Ftrl|Momentum|LossScaleOptimizer)\/(.*)$/;
/** Scalar optimizer hyper-parameters and counters (TF1, Keras and TF2 spellings). */
const HYPER = new Set(
  (
    'beta beta_1 beta_2 iter iterations learning_rate lr decay epsilon rho momentum initial_accumulator_value ' +
    'l1_regularization_strength l2_regularization_strength l2_shrinkage_regularization_strength ' +
    'learning_rate_power current_loss_scale good_steps loss_scale'
  ).split(' '),
);
const KERAS_DEBIAS = /\/(biased|local_step)$/;
const EMA = /\/ExponentialMovingAverage(_\d+)?$/;

/** Strips the TF2 object-key suffix (`/.ATTRIBUTES/VARIABLE_VALUE`). */
export function stripAttributeSuffix(key: string): string {
  return key.replace(ATTRIBUTE_SUFFIX, '');
}

export function classifyRole(name: string, fullName?: string): VariableRole {
  if (name === OBJECT_GRAPH_KEY) return 'object_graph';
  const key = stripAttributeSuffix(name);
  if (key.includes('/.OPTIMIZER_SLOT/')) return 'optimizer_slot';
  for (const n of fullName && fullName !== key ? [key, fullName] : [key]) {
    const role = classifyPlainName(n);
    if (role !== 'weight') return role;
  }
  return 'weight';
}

function classifyPlainName(n: string): VariableRole {
  const last = n.slice(n.lastIndexOf('/') + 1);
  if (n === 'global_step' || n === 'save_counter' || n.endsWith('/global_step')) return 'bookkeeping';
  if (/^beta[12]_power(_\d+)?$/.test(last) || KERAS_DEBIAS.test(n)) return 'bookkeeping';
  if (TF1_SLOT.test(n) || KERAS_SLOT.test(n)) return 'optimizer_slot';
  const scoped = OPTIMIZER_SCOPE.exec(n);
  if (scoped && HYPER.has(scoped[2]!)) return 'bookkeeping';
  if (!n.includes('/') && HYPER.has(n)) return 'bookkeeping';
  if (EMA.test(n)) return 'ema';
  return 'weight';
}
