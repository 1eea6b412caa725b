/**
 * A plain-text reading of the small TeX subset the widgets write, used as the fallback shown until
 * KaTeX has loaded (and in the prerendered HTML): "\left\lfloor \dfrac{7 - 2}{2} \right\rfloor + 1"
 * becomes "⌊(7 − 2)/2⌋ + 1"; each row of an aligned environment becomes one line. Also a rough
 * height for the typeset result, so the box can reserve it before KaTeX arrives. Pure strings.
 */

const SYMBOLS: Record<string, string> = {
  cdot: '·', times: '×', div: '÷', pm: '±', mp: '∓', ast: '∗',
  lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', langle: '⟨', rangle: '⟩',
  lbrace: '{', rbrace: '}', vert: '|', '|': '‖', '{': '{', '}': '}',
  approx: '≈', sim: '∼', equiv: '≡', ne: '≠', neq: '≠', le: '≤', leq: '≤', ge: '≥', geq: '≥', ll: '≪', gg: '≫',
  to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', mapsto: '↦', in: '∈',
  ldots: '…', dots: '…', cdots: '⋯', dotsb: '⋯', dotsc: '…',
  infty: '∞', sum: 'Σ', prod: 'Π', partial: '∂', nabla: '∇',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η', theta: 'θ',
  lambda: 'λ', mu: 'μ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω',
  Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω',
  ',': ' ', ':': ' ', ';': ' ', ' ': ' ', quad: '  ', qquad: '  ', '!': '', '%': '%', '&': '&', '#': '#', _: '_', $: '$',
};
/** Binary operators and relations: written with a space either side, however the TeX spaced them. */
const SPACED = new Set(['cdot', 'times', 'div', 'pm', 'mp', 'approx', 'sim', 'equiv', 'ne', 'neq', 'le', 'leq', 'ge', 'geq', 'll', 'gg', 'to', 'rightarrow', 'leftarrow', 'Rightarrow', 'mapsto', 'in']);
/** Commands that only size or space things, dropped along with nothing else. */
const DROPPED = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'displaystyle', 'textstyle', 'limits', 'nolimits']);
const TEXT = new Set(['text', 'textrm', 'textit', 'textbf', 'mathrm', 'mathit', 'mathbf', 'operatorname']);
const FRACS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  /** Everything up to the closing brace (or the end): the top level when `inGroup` is false. */
  sequence(inGroup: boolean): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '}') {
        if (inGroup) {
          this.i++;
          return out;
        }
        this.i++;
        continue;
      }
      out += this.atom();
    }
    return out;
  }

  /** One unit: a character, a braced group or a command with its arguments. */
  atom(): string {
    const c = this.s[this.i++];
    if (c === '{') return this.sequence(true);
    if (c === '\\') return this.command();
    if (c === '&') return '';
    if (c === '-') return '−';
    if (c === '~') return ' ';
    if (c === '_' || c === '^') return this.script(c);
    if (/\s/.test(c)) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
      return ' ';
    }
    return c;
  }

  /** A required argument: a braced group or one token. */
  arg(): string {
    this.skipSpaces();
    if (this.i >= this.s.length) return '';
    return this.atom();
  }

  /** The raw text of a braced argument, as \text{} writes it (no math conversion). */
  rawArg(): string {
    this.skipSpaces();
    if (this.s[this.i] !== '{') return this.i < this.s.length ? this.s[this.i++] : '';
    let depth = 0;
    const start = ++this.i;
    for (; this.i < this.s.length; this.i++) {
      if (this.s[this.i] === '{') depth++;
      else if (this.s[this.i] === '}' && depth-- === 0) break;
    }
    const text = this.s.slice(start, this.i);
    this.i++;
    return text.replace(/\\([{}$%&#_ ])/g, '$1').replace(/[{}]/g, '');
  }

  skipSpaces() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  command(): string {
    const rest = this.s.slice(this.i);
    const word = /^[a-zA-Z]+/.exec(rest)?.[0];
    if (!word) {
      const sym = this.s[this.i++] ?? '';
      if (sym === '\\') return '\n';
      return SYMBOLS[sym] ?? sym;
    }
    this.i += word.length;
    if (FRACS.has(word)) {
      const top = this.arg();
      const bottom = this.arg();
      return `${group(top)}/${group(bottom)}`;
    }
    if (TEXT.has(word)) return this.rawArg();
    if (word === 'sqrt') return `√${group(this.arg())}`;
    if (word === 'begin' || word === 'end') {
      this.rawArg();
      return '';
    }
    if (DROPPED.has(word)) {
      if ((word === 'left' || word === 'right') && this.s[this.i] === '.') this.i++;
      return '';
    }
    if (SPACED.has(word)) return ` ${SYMBOLS[word]} `;
    return SYMBOLS[word] ?? word;
  }

  script(kind: '_' | '^'): string {
    const body = this.arg().trim();
    if (kind === '^' && body.length > 0 && [...body].every((ch) => ch in SUPERSCRIPT)) {
      return [...body].map((ch) => SUPERSCRIPT[ch]).join('');
    }
    return `${kind}${/^[\p{L}\p{N}]+$/u.test(body) ? body : `(${body})`}`;
  }
}

/** Parenthesise a fraction's part unless it is one number or one name. */
function group(part: string): string {
  const t = part.trim();
  return /^[−]?[\p{L}\p{N}.,_…]+$/u.test(t) ? t : `(${t})`;
}

/** Plain text for a TeX formula: one line per row, Unicode operators, fractions as a/b. */
export function texToText(tex: string): string {
  return new Reader(tex)
    .sequence(false)
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/([⌊⌈(]) /g, '$1')
        .replace(/ ([⌋⌉)])/g, '$1')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Roughly the height KaTeX gives the formula, in em of KaTeX's own font size, margins not
 * included: a row is taller when it holds a display-size fraction, taller still inside
 * \left…\right delimiters. Measured in Chromium with the KaTeX fonts; used as the reserved
 * min-height, so erring a little high (a few px of slack) is better than low (a visible jump).
 */
export function texHeightEm(tex: string, display: boolean): number {
  const aligned = /\\begin\{(aligned|align\*?|gathered|array|matrix|[pbvB]matrix|cases)\}/.test(tex);
  const rows = tex.split(/\\\\/);
  const stacked = display || aligned; // rows of aligned are display style
  let em = aligned ? ALIGNED_EXTRA_EM : 0;
  for (const row of rows) {
    const frac = /\\dfrac/.test(row) || (stacked && /\\frac/.test(row));
    if (!frac) em += stacked ? ROW_EM : INLINE_ROW_EM;
    else if (!stacked) em += INLINE_FRAC_ROW_EM;
    else em += /\\left/.test(row) && !aligned ? FRAC_DELIM_ROW_EM : FRAC_ROW_EM;
  }
  return em;
}

const ALIGNED_EXTRA_EM = 0.4;
const ROW_EM = 1.5;
const FRAC_ROW_EM = 2.3;
const FRAC_DELIM_ROW_EM = 2.8;
const INLINE_ROW_EM = 1.2;
const INLINE_FRAC_ROW_EM = 2.2;
