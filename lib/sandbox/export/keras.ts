/**
 * The sandbox's network as Keras code (Keras 3, functional API) and its trained weights per
 * named Keras layer. Keras shares TensorFlow.js's layouts (channels last, HWIO kernels, [in, out]
 * dense weights), so the weights travel unchanged; only names are mapped.
 */
import { BN_EPS, BN_MOMENTUM, LEAKY_SLOPE, squeezeUnits, type NetworkSpec } from '../../compute/training/spec';
import { shapeText, walkSpec, type WalkedLayer } from './walk';
import { takeWeight, type ExportedTensor, type Weights } from './tensors';
import { pythonHeader } from './pythonSource';

const ACTIVATIONS: Record<string, string> = {
  relu: 'layers.ReLU', leakyRelu: `layers.LeakyReLU`, elu: 'layers.ELU', sigmoid: 'layers.Activation', tanh: 'layers.Activation',
};
const activationArgs = (fn: string) => (fn === 'leakyRelu' ? `negative_slope=${LEAKY_SLOPE}, ` : fn === 'sigmoid' || fn === 'tanh' ? `"${fn}", ` : '');
const bnArgs = `epsilon=${BN_EPS}, momentum=${1 - BN_MOMENTUM}`;

/** Lines of functional code for one layer; `n` names it (`l<index>_<part>`). */
function layerLines(w: WalkedLayer): string[] {
  const { index: i, layer, input } = w;
  const n = (part: string) => `name="l${i}_${part}"`;
  const c = input[input.length - 1];
  switch (layer.type) {
    case 'conv':
      return [`x = layers.Conv2D(${layer.filters}, ${layer.kernel}, strides=${layer.stride ?? 1}, padding="${layer.padding ?? 'same'}", ${n('conv')})(x)`];
    case 'depthwiseSeparable':
      return [`x = layers.SeparableConv2D(${layer.filters}, ${layer.kernel}, strides=${layer.stride ?? 1}, padding="same", ${n('separable')})(x)`];
    case 'residual': {
      const s = layer.stride ?? 1;
      const f = layer.filters;
      return [
        `h = layers.Conv2D(${f}, 3, strides=${s}, padding="same", use_bias=False, ${n('conv1')})(x)`,
        `h = layers.BatchNormalization(${bnArgs}, ${n('bn1')})(h)`,
        'h = layers.ReLU()(h)',
        `h = layers.Conv2D(${f}, 3, padding="same", use_bias=False, ${n('conv2')})(h)`,
        `h = layers.BatchNormalization(${bnArgs}, ${n('bn2')})(h)`,
        s !== 1 || c !== f ? `shortcut = layers.Conv2D(${f}, 1, strides=${s}, padding="same", use_bias=False, ${n('projection')})(x)` : 'shortcut = x',
        'x = layers.Add()([h, shortcut])',
        'x = layers.ReLU()(x)',
      ];
    }
    case 'pool':
      return [`x = layers.${layer.mode === 'max' ? 'MaxPooling2D' : 'AveragePooling2D'}(${layer.size}, strides=${layer.stride ?? layer.size}, padding="valid")(x)`];
    case 'batchNorm':
      return [`x = layers.BatchNormalization(${bnArgs}, ${n('bn')})(x)`];
    case 'activation':
      return [`x = ${ACTIVATIONS[layer.fn]}(${activationArgs(layer.fn).replace(/, $/, '')})(x)`];
    case 'dropout':
      return [`x = layers.Dropout(${layer.rate})(x)`];
    case 'globalAvgPool':
      return ['x = layers.GlobalAveragePooling2D()(x)'];
    case 'flatten':
      return ['x = layers.Flatten()(x)'];
    case 'dense':
      return [`x = layers.Dense(${layer.units}, ${n('dense')})(x)`];
    case 'squeezeExcite': {
      const hidden = squeezeUnits(c, layer.reduction);
      return [
        'g = layers.GlobalAveragePooling2D()(x)',
        `g = layers.Dense(${hidden}, activation="relu", ${n('squeeze')})(g)`,
        `g = layers.Dense(${c}, activation="sigmoid", ${n('excite')})(g)`,
        `g = layers.Reshape((1, 1, ${c}))(g)`,
        'x = layers.Multiply()([x, g])',
      ];
    }
    case 'spatialAttention':
      return [
        `m = layers.Conv2D(1, ${layer.kernel}, padding="same", activation="sigmoid", ${n('mask')})(x)`,
        ...((layer.residual ?? true) ? ['m = layers.Rescaling(1.0, offset=1.0)(m)  # 1 + M'] : []),
        'x = layers.Multiply()([x, m])',
      ];
  }
}

/** The Keras source for the spec, or the reason it cannot be written. */
export function kerasCode(spec: NetworkSpec, about = 'a network built in the CNN Course sandbox'): { ok: true; code: string } | { ok: false; error: string } {
  const walk = walkSpec(spec);
  if (!walk.ok) return walk;
  const [h, w, c] = spec.input;
  const body = walk.layers.flatMap((l) => {
    const lines = layerLines(l);
    lines[lines.length - 1] += `  # ${l.layer.type} -> ${shapeText(l.output, 'hwc')}, ${l.params.toLocaleString('en-US')} parameters`;
    return lines.map((line) => `    ${line}`);
  });
  const code = [
    pythonHeader(about, walk.params, 'Keras'),
    'import json',
    '',
    'import numpy as np',
    'import keras',
    'from keras import layers',
    '',
    '',
    'def course_net():',
    `    """Input [N, ${h}, ${w}, ${c}] (grey images scaled to 0..1, 0 = background); output [N, ${walk.layers.at(-1)!.output[0]}] logits."""`,
    `    inputs = keras.Input(shape=(${h}, ${w}, ${c}))`,
    '    x = inputs',
    ...body,
    '    return keras.Model(inputs, x, name="course_net")',
    '',
    '',
    'def load_course_weights(model, path):',
    '    """Loads the weights file the sandbox exported: a list of arrays per named layer."""',
    '    with open(path) as f:',
    '        saved = json.load(f)',
    '    for name, arrays in saved["layers"].items():',
    '        model.get_layer(name).set_weights([np.array(a["data"], dtype="float32").reshape(a["shape"]) for a in arrays])',
    '    return model',
    '',
    '',
    'if __name__ == "__main__":',
    '    model = course_net()',
    `    model.summary()  # total params: ${walk.params.toLocaleString('en-US')} (Keras also counts BN's moving statistics as non-trainable)`,
    '',
  ].join('\n');
  return { ok: true, code };
}

/** The trained weights per Keras layer name, in the order `set_weights` expects. */
export function kerasWeights(spec: NetworkSpec, weights: Weights): [string, ExportedTensor[]][] {
  const walk = walkSpec(spec);
  if (!walk.ok) throw new Error(walk.error);
  const out: [string, ExportedTensor[]][] = [];
  const t = (name: string, shape: number[]): ExportedTensor => ({ shape, data: takeWeight(weights, name, shape.reduce((a, b) => a * b, 1)) });
  const bn = (prefix: string, n: number) => ['gamma', 'beta', 'runningMean', 'runningVar'].map((p) => t(`${prefix}.${p}`, [n]));
  for (const { index: i, layer, input } of walk.layers) {
    const c = input[input.length - 1];
    switch (layer.type) {
      case 'conv':
        out.push([`l${i}_conv`, [t(`${i}.kernel`, [layer.kernel, layer.kernel, c, layer.filters]), t(`${i}.bias`, [layer.filters])]]);
        break;
      case 'depthwiseSeparable':
        out.push([`l${i}_separable`, [t(`${i}.depthwise`, [layer.kernel, layer.kernel, c, 1]), t(`${i}.pointwise`, [1, 1, c, layer.filters]), t(`${i}.bias`, [layer.filters])]]);
        break;
      case 'residual': {
        const f = layer.filters;
        out.push([`l${i}_conv1`, [t(`${i}.conv1`, [3, 3, c, f])]], [`l${i}_bn1`, bn(`${i}.bn1`, f)]);
        out.push([`l${i}_conv2`, [t(`${i}.conv2`, [3, 3, f, f])]], [`l${i}_bn2`, bn(`${i}.bn2`, f)]);
        if (weights.has(`${i}.projection`)) out.push([`l${i}_projection`, [t(`${i}.projection`, [1, 1, c, f])]]);
        break;
      }
      case 'batchNorm':
        out.push([`l${i}_bn`, bn(`${i}`, c)]);
        break;
      case 'dense':
        out.push([`l${i}_dense`, [t(`${i}.kernel`, [input[0], layer.units]), t(`${i}.bias`, [layer.units])]]);
        break;
      case 'squeezeExcite': {
        const hidden = squeezeUnits(c, layer.reduction);
        out.push([`l${i}_squeeze`, [t(`${i}.squeeze.kernel`, [c, hidden]), t(`${i}.squeeze.bias`, [hidden])]]);
        out.push([`l${i}_excite`, [t(`${i}.excite.kernel`, [hidden, c]), t(`${i}.excite.bias`, [c])]]);
        break;
      }
      case 'spatialAttention':
        out.push([`l${i}_mask`, [t(`${i}.mask.kernel`, [layer.kernel, layer.kernel, c, 1]), t(`${i}.mask.bias`, [1])]]);
        break;
      default:
        break; // no weights
    }
  }
  return out;
}
