/**
 * Activation derivatives: PyTorch's values at the kinks (the golden vectors avoid x = 0), and
 * agreement with a finite difference elsewhere, for the activations the golden files lack.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { activation, activationDerivative, activationNames, ready, tf, type ActivationName } from '@/lib/compute';

beforeAll(ready);

const read = (t: tf.Tensor) => {
  const v = Array.from(t.dataSync());
  t.dispose();
  return v;
};

describe('activation derivatives', () => {
  it('take PyTorch’s value at x = 0', () => {
    const zero = tf.tensor1d([0]);
    const at0 = (name: ActivationName) => read(activationDerivative(name, zero, { negativeSlope: 0.2, alpha: 0.7 }))[0];
    expect(at0('relu')).toBe(0);
    expect(at0('leaky_relu')).toBeCloseTo(0.2, 6);
    expect(at0('elu')).toBeCloseTo(0.7, 6);
    expect(at0('sigmoid')).toBeCloseTo(0.25, 6);
    expect(at0('tanh')).toBe(1);
    expect(at0('softplus')).toBeCloseTo(0.5, 6);
    expect(at0('softsign')).toBe(1);
    zero.dispose();
  });

  for (const name of activationNames) {
    it(`${name}: matches a central difference away from 0`, () => {
      const xs = [-30, -3.5, -0.8, -0.1, 0.1, 0.8, 3.5, 30];
      const h = 1e-2;
      const params = { negativeSlope: 0.1, alpha: 1.3 };
      const [d, up, down] = tf.tidy(() => {
        const x = tf.tensor1d(xs);
        return [activationDerivative(name, x, params), activation(name, tf.add(x, h), params), activation(name, tf.sub(x, h), params)];
      }).map(read);
      xs.forEach((_, i) => expect(d[i]).toBeCloseTo((up[i] - down[i]) / (2 * h), 3));
    });
  }

  it('softplus is the identity above the threshold of 20, as in PyTorch', () => {
    expect(tf.tidy(() => read(activation('softplus', tf.tensor1d([25]))))[0]).toBe(25);
  });

  it('unknown names are refused', () => {
    const one = tf.scalar(1);
    expect(() => activation('gelu' as ActivationName, one)).toThrow(/Unknown activation "gelu"/);
    one.dispose();
  });
});

describe('tf.grad through every activation', () => {
  it('equals the golden-tested derivative, element by element', async () => {
    await ready();
    const xs = [-3, -0.5, -0.01, 0.01, 0.5, 3, 25];
    for (const name of activationNames) {
      const [viaGrad, direct] = tf.tidy(() => {
        const x = tf.tensor1d(xs);
        const g = tf.grad((t: tf.Tensor) => tf.sum(activation(name, t, { negativeSlope: 0.1, alpha: 0.7 })))(x);
        return [g.arraySync() as number[], activationDerivative(name, x, { negativeSlope: 0.1, alpha: 0.7 }).arraySync() as number[]];
      });
      expect(viaGrad, name).toEqual(direct);
    }
  });
});
