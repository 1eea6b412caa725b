/** Every word and formula ActivationExplorer shows. */
import type { MaxoutPreset, MaxoutPieces } from '@/lib/activations/maxout';
import { CURVE_NAMES, type CurveName } from '@/lib/activations/saturation';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

const signed = (v: number) => (v < 0 ? `- ${-v}` : `+ ${v}`);
const piece = (w: number, b: number) => `${w === 0 ? '0' : w === 1 ? 'x' : w === -1 ? '-x' : `${w}x`}${b === 0 ? '' : ` ${signed(b)}`}`;

export const S = {
  title: 'Activation functions and their slopes',
  fnLegend: 'Activation',
  names: CURVE_NAMES,
  slopeLabel: 'Slope a below 0',
  alphaLabel: 'α',
  maxoutLegend: 'Maxout pieces (learned in a real network)',
  maxoutPresets: {
    abs: '|x| (k = 2)',
    relu: 'ReLU (k = 2)',
    leaky: 'Leaky ReLU (k = 2)',
    three: 'Three pieces (k = 3)',
  } satisfies Record<MaxoutPreset, string>,
  /** f(x) and f′(x) in TeX, with the current parameters. */
  formula: (fn: CurveName, a: number, alpha: number, pieces: MaxoutPieces): [string, string] => {
    switch (fn) {
      case 'sigmoid':
        return ['f(x) = \\sigma(x) = \\dfrac{1}{1 + e^{-x}}', "f'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)"];
      case 'tanh':
        return ['f(x) = \\tanh x = \\dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}', "f'(x) = 1 - \\tanh^2 x"];
      case 'relu':
        return ['f(x) = \\max(0, x)', "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}"];
      case 'leaky_relu':
        return [`f(x) = \\begin{cases} x & x > 0 \\\\ ${a}\\,x & x \\le 0 \\end{cases}`, `f'(x) = \\begin{cases} 1 & x > 0 \\\\ ${a} & x \\le 0 \\end{cases}`];
      case 'elu':
        return [`f(x) = \\begin{cases} x & x > 0 \\\\ ${alpha}\\,(e^{x} - 1) & x \\le 0 \\end{cases}`, `f'(x) = \\begin{cases} 1 & x > 0 \\\\ ${alpha}\\,e^{x} & x \\le 0 \\end{cases}`];
      case 'softplus':
        return ['f(x) = \\ln\\bigl(1 + e^{x}\\bigr)', "f'(x) = \\sigma(x) = \\dfrac{1}{1 + e^{-x}}"];
      case 'softsign':
        return ['f(x) = \\dfrac{x}{1 + |x|}', "f'(x) = \\dfrac{1}{(1 + |x|)^2}"];
      case 'maxout':
        return [
          `f(x) = \\max\\bigl(${pieces.slopes.map((w, i) => piece(w, pieces.intercepts[i])).join(',\\ ')}\\bigr)`,
          "f'(x) = w_{j^*}\\ \\text{(the slope of the piece on top)}",
        ];
    }
  },
  range: {
    sigmoid: '(0, 1)',
    tanh: '(−1, 1)',
    relu: '[0, ∞)',
    leaky_relu: '(−∞, ∞)',
    elu: (alpha: number) => `(−${alpha}, ∞)`,
    softplus: '(0, ∞)',
    softsign: '(−1, 1)',
    maxout: 'depends on the pieces',
  },
  params: {
    sigmoid: 'none',
    tanh: 'none',
    relu: 'none',
    leaky_relu: 'none learned (a is chosen; PReLU learns it)',
    elu: 'none learned (α is chosen)',
    softplus: 'none',
    softsign: 'none',
    maxout: (k: number) => `${2 * k} here: a slope and an intercept for each of the k = ${k} pieces`,
  },
  factRange: 'Range',
  factMonotonic: 'Monotonic',
  factParams: 'Learned parameters',
  factSaturating: 'Saturating (shaded)',
  yes: 'yes',
  no: 'no',
  /** The saturating region in words. */
  saturation: (threshold: string, sup: string, parts: string[]) =>
    parts.length === 0
      ? `nowhere: |f′(x)| never falls below ${threshold} (5% of its maximum ${sup})`
      : `where |f′(x)| < ${threshold} (5% of its maximum ${sup}): ${parts.join(' and ')}`,
  everywhere: 'everywhere on the plotted range',
  below: (x: string, zero: boolean) => `x < ${x}${zero ? ' (f′ = 0 exactly: no gradient at all)' : ''}`,
  above: (x: string, zero: boolean) => `x > ${x}${zero ? ' (f′ = 0 exactly)' : ''}`,
  between: (a: string, b: string, zero: boolean) => `${a} < x < ${b}${zero ? ' (f′ = 0 exactly)' : ''}`,
  plotF: 'f(x)',
  plotD: 'f′(x)',
  thresholdLabel: '5% of max',
  shadedLabel: 'saturating',
  zeroLabel: 'saturating, f′ = 0',
  sliderLabel: 'Point on the curve: drag it, or use the arrow keys',
  hint: 'Arrow keys move the point by 0.1, Page Up/Down or Shift+arrow by 1, Home/End to the ends.',
  valueText: (x: string, y: string, d: string) => `x = ${x}, f(x) = ${y}, slope f′(x) = ${d}`,
  readout: (x: string, y: string, d: string, where: 'zero' | 'saturating' | 'fine') =>
    `At x = ${x}: f(x) = ${y}, slope f′(x) = ${d}, ${
      where === 'zero'
        ? 'inside a saturating region where the slope is exactly 0: no gradient passes back through here at all.'
        : where === 'saturating'
          ? 'inside a saturating region: a gradient passing back through here shrinks to under 5% of its best case.'
          : 'not saturating.'
    }`,
  alt: (name: string, lo: string, hi: string, dmax: string, sat: string) =>
    `Two plots over x from −6 to 6. Top: ${name}, from ${lo} at the left to ${hi} at the right. Bottom: its derivative, largest value ${dmax} on this range. Saturating region ${sat}.`,
  loading: 'Loading the compute engine…',
  failed: (e: string) => `The curves could not be computed: ${e}`,
} as const;

const FIELD_LABELS: Record<string, string> = { fn: S.fnLegend, x: 'x', negativeSlope: S.slopeLabel, alpha: S.alphaLabel, maxout: 'Maxout shape' };

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(FIELD_LABELS, f) ? FIELD_LABELS[f] : f) };
