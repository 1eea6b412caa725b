/**
 * Reads the layer list back out of the generated Python (the test does not trust the generator's
 * comments) and works out shapes and parameter counts by each framework's own documented rules.
 */
export interface Call {
  name: string;
  args: (number | string | number[])[];
  kwargs: Record<string, number | string | number[]>;
}

function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

function value(text: string): number | string | number[] {
  if (/^\(.*\)$/.test(text)) return splitTop(text.slice(1, -1)).map(Number);
  if (text === 'True' || text === 'False') return text;
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`cannot read Python value ${text}`);
  return n;
}

export function parseCall(text: string): Call {
  const m = /^([\w.]+)\((.*)\)$/.exec(text.trim());
  if (!m) throw new Error(`not a call: ${text}`);
  const call: Call = { name: m[1], args: [], kwargs: {} };
  for (const part of splitTop(m[2])) {
    const kw = /^(\w+)=(.*)$/.exec(part);
    if (kw) call.kwargs[kw[1]] = value(kw[2]);
    else call.args.push(value(part));
  }
  return call;
}

/** The modules inside `nn.Sequential(...)`, one per line. */
export function torchModules(code: string): Call[] {
  const body = code.slice(code.indexOf('nn.Sequential(') + 'nn.Sequential('.length, code.indexOf('\n        )'));
  return body.split('\n').map((l) => l.replace(/#.*$/, '').trim().replace(/,$/, '')).filter(Boolean).map(parseCall);
}

/** The Keras functional body, one statement per line: `v = layers.X(...)(inputs)` or `v = w`. */
export function kerasLines(code: string): { target: string; call: Call | null; inputs: string[] }[] {
  const body = code.slice(code.indexOf('    x = inputs'), code.indexOf('return keras.Model'));
  return body.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean).map((line) => {
    const m = /^(\w+) = (layers\.\w+\(.*?\))\((.*)\)$/.exec(line);
    if (m) return { target: m[1], call: parseCall(m[2]), inputs: m[3].replace(/[[\]]/g, '').split(',').map((v) => v.trim()) };
    const plain = /^(\w+) = (\w+)$/.exec(line);
    if (!plain) throw new Error(`cannot read Keras line ${line}`);
    return { target: plain[1], call: null, inputs: [plain[2]] };
  });
}

const num = (v: unknown) => v as number;
const conv = (n: number, k: number, s: number, p: number) => Math.floor((n + 2 * p - k) / s) + 1;

/** PyTorch: [C, H, W] or [n] after each module, and its parameters, by torch.nn's documented formulas. */
export function torchStep(call: Call, shape: number[]): { shape: number[]; params: number } {
  const [c, h, w] = shape;
  const a = call.args.map(num);
  const kw = call.kwargs;
  switch (call.name) {
    case 'nn.Conv2d': {
      const [cin, cout] = a;
      const k = num(kw.kernel_size ?? a[2]);
      const s = num(kw.stride ?? 1);
      const p = num(kw.padding ?? 0);
      if (cin !== c) throw new Error(`Conv2d expects ${cin} channels, gets ${c}`);
      return { shape: [cout, conv(h, k, s, p), conv(w, k, s, p)], params: cin * cout * k * k + cout };
    }
    case 'nn.ZeroPad2d': {
      const [l, r, t, b] = call.args[0] as number[];
      return { shape: [c, h + t + b, w + l + r], params: 0 };
    }
    case 'DepthwiseSeparable': {
      const [cin, cout] = a;
      const [l, r, t, b] = kw.pad as number[];
      const k = num(kw.kernel_size);
      const s = num(kw.stride);
      return { shape: [cout, conv(h + t + b, k, s, 0), conv(w + l + r, k, s, 0)], params: cin * k * k + cin * cout + cout };
    }
    case 'Residual': {
      const [cin, cout] = a;
      const [l, r, t, b] = kw.pad as number[];
      const s = num(kw.stride);
      const projection = s !== 1 || cin !== cout ? cin * cout : 0;
      return { shape: [cout, conv(h + t + b, 3, s, 0), conv(w + l + r, 3, s, 0)], params: 9 * cin * cout + 9 * cout * cout + 4 * cout + projection };
    }
    case 'nn.MaxPool2d':
    case 'nn.AvgPool2d':
      return { shape: [c, conv(h, num(kw.kernel_size), num(kw.stride), 0), conv(w, num(kw.kernel_size), num(kw.stride), 0)], params: 0 };
    case 'nn.BatchNorm2d':
    case 'nn.BatchNorm1d':
      return { shape, params: 2 * a[0] };
    case 'nn.AdaptiveAvgPool2d':
      return { shape: [c, 1, 1], params: 0 };
    case 'nn.Flatten':
      return { shape: [shape.reduce((x, y) => x * y, 1)], params: 0 };
    case 'nn.Linear':
      if (a[0] !== shape[0]) throw new Error(`Linear expects ${a[0]} features, gets ${shape[0]}`);
      return { shape: [a[1]], params: a[0] * a[1] + a[1] };
    case 'SqueezeExcite':
      return { shape, params: 2 * a[0] * a[1] + a[0] + a[1] };
    case 'SpatialAttention':
      return { shape, params: num(kw.kernel_size) ** 2 * a[0] + 1 };
    default:
      if (/^nn\.(ReLU|LeakyReLU|ELU|Sigmoid|Tanh|Dropout)$/.test(call.name)) return { shape, params: 0 };
      throw new Error(`unknown module ${call.name}`);
  }
}

const same = (n: number, s: number) => Math.ceil(n / s);

/** Keras: [H, W, C] or [n] after each layer, and its trainable parameters, by Keras's documented rules. */
export function kerasStep(call: Call, inputs: number[][]): { shape: number[]; params: number } {
  const shape = inputs[0];
  const [h, w, c] = shape;
  const a = call.args.map(num);
  const kw = call.kwargs;
  const out = (n: number, k: number, s: number) => (kw.padding === 'valid' ? conv(n, k, s, 0) : same(n, s));
  switch (call.name) {
    case 'layers.Conv2D': {
      const [f, k] = a;
      const s = num(kw.strides ?? 1);
      return { shape: [out(h, k, s), out(w, k, s), f], params: k * k * c * f + (kw.use_bias === 'False' ? 0 : f) };
    }
    case 'layers.SeparableConv2D': {
      const [f, k] = a;
      const s = num(kw.strides ?? 1);
      return { shape: [out(h, k, s), out(w, k, s), f], params: k * k * c + c * f + f };
    }
    case 'layers.MaxPooling2D':
    case 'layers.AveragePooling2D':
      return { shape: [out(h, a[0], num(kw.strides)), out(w, a[0], num(kw.strides)), c], params: 0 };
    case 'layers.BatchNormalization':
      return { shape, params: 2 * shape[shape.length - 1] };
    case 'layers.GlobalAveragePooling2D':
      return { shape: [c], params: 0 };
    case 'layers.Flatten':
      return { shape: [shape.reduce((x, y) => x * y, 1)], params: 0 };
    case 'layers.Dense':
      return { shape: [a[0]], params: shape[0] * a[0] + a[0] };
    case 'layers.Reshape':
      return { shape: call.args[0] as number[], params: 0 };
    case 'layers.Add':
    case 'layers.Multiply': {
      const [p, q] = inputs;
      const size = (t: number[]) => t.reduce((x, y) => x * y, 1);
      return { shape: size(p) >= size(q) ? p : q, params: 0 };
    }
    default:
      if (/^layers\.(ReLU|LeakyReLU|ELU|Activation|Dropout|Rescaling)$/.test(call.name)) return { shape, params: 0 };
      throw new Error(`unknown layer ${call.name}`);
  }
}
