/**
 * Element-wise activations and their derivatives, with PyTorch's values at the kinks
 * (relu'(0) = 0, leaky_relu'(0) = slope, elu'(0) = alpha). Derivatives are the closed forms
 * a lesson writes down, computed with tensor ops.
 */
import { tf } from './tf';

export type ActivationName = 'relu' | 'leaky_relu' | 'elu' | 'sigmoid' | 'tanh' | 'softplus' | 'softsign';

export interface ActivationParams {
  /** leaky_relu: slope for x < 0 (default 0.01). */
  negativeSlope?: number;
  /** elu: alpha (default 1). */
  alpha?: number;
}

interface Activation {
  fn: (x: tf.Tensor, p: Required<ActivationParams>) => tf.Tensor;
  derivative: (x: tf.Tensor, p: Required<ActivationParams>) => tf.Tensor;
}

const positive = (x: tf.Tensor) => tf.greater(x, 0);

/** PyTorch's softplus (beta 1) switches to the identity above 20, where log(1 + e^x) == x in float32. */
const SOFTPLUS_THRESHOLD = 20;

const table: Record<ActivationName, Activation> = {
  relu: {
    fn: (x) => tf.relu(x),
    derivative: (x) => tf.cast(positive(x), 'float32'),
  },
  leaky_relu: {
    fn: (x, p) => tf.where(positive(x), x, tf.mul(x, p.negativeSlope)),
    derivative: (x, p) => tf.where(positive(x), tf.onesLike(x), tf.fill(x.shape, p.negativeSlope)),
  },
  elu: {
    // min(x, 0) keeps the unused branch finite, so autodiff through elu never meets 0 * inf.
    fn: (x, p) => tf.where(positive(x), x, tf.mul(tf.expm1(tf.minimum(x, 0)), p.alpha)),
    derivative: (x, p) => tf.where(positive(x), tf.onesLike(x), tf.mul(tf.exp(x), p.alpha)),
  },
  sigmoid: {
    fn: (x) => tf.sigmoid(x),
    derivative: (x) => {
      const s = tf.sigmoid(x);
      return tf.mul(s, tf.sub(1, s));
    },
  },
  tanh: {
    fn: (x) => tf.tanh(x),
    derivative: (x) => tf.sub(1, tf.square(tf.tanh(x))),
  },
  softplus: {
    fn: (x) => tf.where(tf.greater(x, SOFTPLUS_THRESHOLD), x, tf.softplus(x)),
    derivative: (x) => tf.sigmoid(x),
  },
  softsign: {
    fn: (x) => tf.div(x, tf.add(1, tf.abs(x))),
    derivative: (x) => tf.div(1, tf.square(tf.add(1, tf.abs(x)))),
  },
};

export const activationNames = Object.keys(table) as ActivationName[];

export function isActivationName(name: string): name is ActivationName {
  return Object.prototype.hasOwnProperty.call(table, name);
}

function lookup(name: string): Activation {
  if (!isActivationName(name)) throw new Error(`Unknown activation "${name}"; known: ${activationNames.join(', ')}.`);
  return table[name];
}

const withDefaults = (p: ActivationParams): Required<ActivationParams> => ({
  negativeSlope: p.negativeSlope ?? 0.01,
  alpha: p.alpha ?? 1,
});

/**
 * f(x) element by element. Its gradient is the golden-tested `derivative` (a custom gradient), so
 * tf.grad works through every activation: the piecewise ones are built with tf.where on a
 * comparison, which tfjs cannot differentiate on its own.
 */
export function activation(name: ActivationName, x: tf.Tensor, params: ActivationParams = {}): tf.Tensor {
  const a = lookup(name);
  const p = withDefaults(params);
  // customGrad passes the inputs followed by the save function.
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [input, save] = args as [tf.Tensor, tf.GradSaveFunc];
    save([input]);
    return { value: a.fn(input, p), gradFunc: (dy: tf.Tensor, [saved]: tf.Tensor[]) => tf.mul(dy, a.derivative(saved, p)) };
  });
  return tf.tidy(() => f(x));
}

/** dy/dx element by element, same shape as x. */
export function activationDerivative(name: ActivationName, x: tf.Tensor, params: ActivationParams = {}): tf.Tensor {
  const a = lookup(name);
  return tf.tidy(() => a.derivative(x, withDefaults(params)));
}

export const relu = (x: tf.Tensor) => activation('relu', x);
export const leakyRelu = (x: tf.Tensor, negativeSlope = 0.01) => activation('leaky_relu', x, { negativeSlope });
export const elu = (x: tf.Tensor, alpha = 1) => activation('elu', x, { alpha });
export const sigmoid = (x: tf.Tensor) => activation('sigmoid', x);
export const tanh = (x: tf.Tensor) => activation('tanh', x);
export const softplus = (x: tf.Tensor) => activation('softplus', x);
export const softsign = (x: tf.Tensor) => activation('softsign', x);
