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

const BOOKKEEPING_EXACT = new Set(['global_step', 'save_counter', 'iterations', 'step', 'epoch']);
/** Scalar optimizer hyper-parameters and counters, TF1 and Keras/TF2 spellings. */
const HYPER =
  /(^|\/)(beta1_power|beta2_power|beta_1|beta_2|iter|iterations|learning_rate|lr|decay|epsilon|rho|momentum|initial_accumulator_value|l1_regularization_strength|l2_regularization_strength|learning_rate_power|current_loss_scale|good_steps|loss_scale)(_\d+)?$/;
const OPTIMIZER_SCOPE = /^(optimizer|training\/[A-Za-z]+|[A-Z][A-Za-z]*)(\/|$)/;
const KERAS_DEBIAS = /\/(biased|local_step)$/;

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
  if (BOOKKEEPING_EXACT.has(n) || (BOOKKEEPING_EXACT.has(last.replace(/_\d+$/, '')) && !n.includes('/'))) {
    return 'bookkeeping';
  }
  if (KERAS_DEBIAS.test(n)) return 'bookkeeping';
  if (TF1_SLOT.test(n) || KERAS_SLOT.test(n)) return 'optimizer_slot';
  if (/\/ExponentialMovingAverage(_\d+)?$/.test(n)) return 'ema';
  if (HYPER.test(n) && (!n.includes('/') || OPTIMIZER_SCOPE.test(n) || /^beta[12]_power/.test(last))) {
    return 'bookkeeping';
  }
  if (n === 'global_step' || n.endsWith('/global_step')) return 'bookkeeping';
  return 'weight';
}
