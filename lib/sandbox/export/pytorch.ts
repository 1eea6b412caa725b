/**
 * The sandbox's network as PyTorch code: an nn.Module whose layers, shapes and parameter counts
 * are the sandbox table's, plus the trained weights as a state dict in PyTorch's layouts (OIHW
 * kernels, [out, in] linear weights, features reordered for a channel-first flatten), so that
 * `load_course_weights` gives the same predictions as the page.
 */
import { BN_EPS, BN_MOMENTUM, LEAKY_SLOPE, squeezeUnits, type NetworkSpec } from '../../compute/training/spec';
import { isMap, samePadding2d, shapeText, walkSpec, type WalkedLayer } from './walk';
import { chwOrder, hwioToOihw, permuteColumns, takeWeight, transpose2d, type ExportedTensor, type Weights } from './tensors';
import { CLASS_SOURCE, pythonHeader } from './pythonSource';

type Pad = [number, number, number, number];
const torchPad = ([t, b, l, r]: Pad) => `(${l}, ${r}, ${t}, ${b})`;
const symmetric = ([t, b, l, r]: Pad) => t === b && l === r && t === l;

const ACTIVATIONS: Record<string, string> = {
  relu: 'nn.ReLU()', leakyRelu: `nn.LeakyReLU(${LEAKY_SLOPE})`, elu: 'nn.ELU()', sigmoid: 'nn.Sigmoid()', tanh: 'nn.Tanh()',
};

interface Entry {
  code: string;
  /** The course layer it comes from (null for an explicit padding module). */
  layer: WalkedLayer | null;
}

function entries(layers: WalkedLayer[]): Entry[] {
  const out: Entry[] = [];
  for (const w of layers) {
    const { layer, input } = w;
    const c = input[input.length - 1];
    const pad = (k: number, s: number): Pad => (isMap(input) ? samePadding2d(input[0], input[1], k, s) : [0, 0, 0, 0]);
    switch (layer.type) {
      case 'conv': {
        const s = layer.stride ?? 1;
        const p = (layer.padding ?? 'same') === 'same' ? pad(layer.kernel, s) : ([0, 0, 0, 0] as Pad);
        if (symmetric(p)) out.push({ code: `nn.Conv2d(${c}, ${layer.filters}, kernel_size=${layer.kernel}, stride=${s}, padding=${p[0]})`, layer: w });
        else {
          out.push({ code: `nn.ZeroPad2d(${torchPad(p)})`, layer: null });
          out.push({ code: `nn.Conv2d(${c}, ${layer.filters}, kernel_size=${layer.kernel}, stride=${s})`, layer: w });
        }
        break;
      }
      case 'depthwiseSeparable': {
        const s = layer.stride ?? 1;
        out.push({ code: `DepthwiseSeparable(${c}, ${layer.filters}, kernel_size=${layer.kernel}, stride=${s}, pad=${torchPad(pad(layer.kernel, s))})`, layer: w });
        break;
      }
      case 'residual': {
        const s = layer.stride ?? 1;
        out.push({ code: `Residual(${c}, ${layer.filters}, stride=${s}, pad=${torchPad(pad(3, s))})`, layer: w });
        break;
      }
      case 'pool': {
        const name = layer.mode === 'max' ? 'MaxPool2d' : 'AvgPool2d';
        out.push({ code: `nn.${name}(kernel_size=${layer.size}, stride=${layer.stride ?? layer.size})`, layer: w });
        break;
      }
      case 'batchNorm':
        out.push({ code: `nn.BatchNorm${isMap(input) ? '2d' : '1d'}(${c}, eps=${BN_EPS}, momentum=${BN_MOMENTUM})`, layer: w });
        break;
      case 'activation':
        out.push({ code: ACTIVATIONS[layer.fn], layer: w });
        break;
      case 'dropout':
        out.push({ code: `nn.Dropout(p=${layer.rate})`, layer: w });
        break;
      case 'globalAvgPool':
        out.push({ code: 'nn.AdaptiveAvgPool2d(1)', layer: null });
        out.push({ code: 'nn.Flatten()', layer: w });
        break;
      case 'flatten':
        out.push({ code: 'nn.Flatten()', layer: w });
        break;
      case 'dense':
        out.push({ code: `nn.Linear(${input[0]}, ${layer.units})`, layer: w });
        break;
      case 'squeezeExcite':
        out.push({ code: `SqueezeExcite(${c}, ${squeezeUnits(c, layer.reduction)})`, layer: w });
        break;
      case 'spatialAttention':
        out.push({ code: `SpatialAttention(${c}, kernel_size=${layer.kernel}, residual=${layer.residual ?? true ? 'True' : 'False'})`, layer: w });
        break;
    }
  }
  return out;
}

const CUSTOM = ['DepthwiseSeparable', 'Residual', 'SqueezeExcite', 'SpatialAttention'] as const;

/** The PyTorch source for the spec, or the reason it cannot be written. */
export function pytorchCode(spec: NetworkSpec, about = 'a network built in the CNN Course sandbox'): { ok: true; code: string } | { ok: false; error: string } {
  const walk = walkSpec(spec);
  if (!walk.ok) return walk;
  const list = entries(walk.layers);
  const used = CUSTOM.filter((name) => list.some((e) => e.code.startsWith(`${name}(`)));
  const [h, w, c] = spec.input;
  const lines = list.map((e, i) => {
    const note = e.layer ? `  # ${i}: ${e.layer.layer.type} -> ${shapeText(e.layer.output, 'chw')}, ${e.layer.params.toLocaleString('en-US')} parameters` : `  # ${i}: TensorFlow's 'same' padding, one extra cell after`;
    return `            ${e.code},${note}`;
  });
  const code = [
    pythonHeader(about, walk.params, 'PyTorch'),
    'import json',
    '',
    'import torch',
    'from torch import nn',
    '',
    ...used.flatMap((name) => [CLASS_SOURCE[name], '']),
    '',
    'class CourseNet(nn.Module):',
    `    """Input [N, ${c}, ${h}, ${w}] (grey images scaled to 0..1, 0 = background); output [N, ${walk.layers.at(-1)!.output[0]}] logits."""`,
    '',
    '    def __init__(self):',
    '        super().__init__()',
    '        self.layers = nn.Sequential(',
    ...lines,
    '        )',
    '',
    '    def forward(self, x):',
    '        return self.layers(x)',
    '',
    '',
    'def load_course_weights(model, path):',
    '    """Loads the weights file the sandbox exported (already in PyTorch\'s layouts)."""',
    '    with open(path) as f:',
    '        saved = json.load(f)',
    '    state = {k: torch.tensor(v["data"], dtype=torch.float32).reshape(v["shape"]) for k, v in saved["tensors"].items()}',
    '    missing, unexpected = model.load_state_dict(state, strict=False)',
    '    missing = [k for k in missing if not k.endswith("num_batches_tracked")]',
    '    if missing or unexpected:',
    '        raise ValueError(f"weights do not fit: missing {missing}, unexpected {unexpected}")',
    '    return model',
    '',
    '',
    'if __name__ == "__main__":',
    '    model = CourseNet().eval()',
    `    print(model(torch.zeros(1, ${c}, ${h}, ${w})).shape)  # torch.Size([1, ${walk.layers.at(-1)!.output[0]}])`,
    `    print(sum(p.numel() for p in model.parameters()))  # ${walk.params}`,
    '',
  ].join('\n');
  return { ok: true, code };
}

/** The trained weights as PyTorch's state dict for `pytorchCode`'s module (keys `layers.<i>.<name>`). */
export function pytorchStateDict(spec: NetworkSpec, weights: Weights): Map<string, ExportedTensor> {
  const walk = walkSpec(spec);
  if (!walk.ok) throw new Error(walk.error);
  const out = new Map<string, ExportedTensor>();
  // After a flatten of a map, feature j in PyTorch's (channel-first) order is feature order[j] here.
  let order: Int32Array | null = null;
  const flat = (v: Float32Array) => (order ? Float32Array.from(order, (k) => v[k]) : v);
  const put = (key: string, data: Float32Array, shape: number[]) => out.set(key, { shape, data });
  const conv = (key: string, name: string, k: number, cin: number, cout: number) => {
    put(`${key}.weight`, hwioToOihw(takeWeight(weights, name, k * k * cin * cout), k, cin, cout), [cout, cin, k, k]);
  };
  const bn = (key: string, prefix: string, n: number, feature: (v: Float32Array) => Float32Array = (v) => v) => {
    put(`${key}.weight`, feature(takeWeight(weights, `${prefix}.gamma`, n)), [n]);
    put(`${key}.bias`, feature(takeWeight(weights, `${prefix}.beta`, n)), [n]);
    put(`${key}.running_mean`, feature(takeWeight(weights, `${prefix}.runningMean`, n)), [n]);
    put(`${key}.running_var`, feature(takeWeight(weights, `${prefix}.runningVar`, n)), [n]);
  };
  entries(walk.layers).forEach((e, at) => {
    if (!e.layer) return;
    const { index: i, layer, input } = e.layer;
    const key = `layers.${at}`;
    const c = input[input.length - 1];
    switch (layer.type) {
      case 'conv':
        conv(key, `${i}.kernel`, layer.kernel, c, layer.filters);
        put(`${key}.bias`, takeWeight(weights, `${i}.bias`, layer.filters), [layer.filters]);
        break;
      case 'depthwiseSeparable':
        // [k, k, C, 1] read as HWIO is [1, C, k, k] in OIHW: the same values as [C, 1, k, k] (groups = C).
        put(`${key}.depthwise.weight`, hwioToOihw(takeWeight(weights, `${i}.depthwise`, layer.kernel ** 2 * c), layer.kernel, c, 1), [c, 1, layer.kernel, layer.kernel]);
        conv(`${key}.pointwise`, `${i}.pointwise`, 1, c, layer.filters);
        put(`${key}.pointwise.bias`, takeWeight(weights, `${i}.bias`, layer.filters), [layer.filters]);
        break;
      case 'residual': {
        const f = layer.filters;
        conv(`${key}.conv1`, `${i}.conv1`, 3, c, f);
        bn(`${key}.bn1`, `${i}.bn1`, f);
        conv(`${key}.conv2`, `${i}.conv2`, 3, f, f);
        bn(`${key}.bn2`, `${i}.bn2`, f);
        if (weights.has(`${i}.projection`)) conv(`${key}.projection`, `${i}.projection`, 1, c, f);
        break;
      }
      case 'batchNorm':
        bn(key, `${i}`, c, isMap(input) ? undefined : flat);
        break;
      case 'flatten':
      case 'globalAvgPool':
        order = layer.type === 'flatten' && isMap(input) ? chwOrder(input) : null;
        break;
      case 'dense': {
        const n = input[0];
        const w = transpose2d(takeWeight(weights, `${i}.kernel`, n * layer.units), n, layer.units); // [out, in]
        put(`${key}.weight`, order ? permuteColumns(w, layer.units, order) : w, [layer.units, n]);
        put(`${key}.bias`, takeWeight(weights, `${i}.bias`, layer.units), [layer.units]);
        order = null;
        break;
      }
      case 'squeezeExcite': {
        const hidden = squeezeUnits(c, layer.reduction);
        put(`${key}.squeeze.weight`, transpose2d(takeWeight(weights, `${i}.squeeze.kernel`, c * hidden), c, hidden), [hidden, c]);
        put(`${key}.squeeze.bias`, takeWeight(weights, `${i}.squeeze.bias`, hidden), [hidden]);
        put(`${key}.excite.weight`, transpose2d(takeWeight(weights, `${i}.excite.kernel`, hidden * c), hidden, c), [c, hidden]);
        put(`${key}.excite.bias`, takeWeight(weights, `${i}.excite.bias`, c), [c]);
        break;
      }
      case 'spatialAttention':
        conv(`${key}.mask`, `${i}.mask.kernel`, layer.kernel, c, 1);
        put(`${key}.mask.bias`, takeWeight(weights, `${i}.mask.bias`, 1), [1]);
        break;
    }
  });
  return out;
}
