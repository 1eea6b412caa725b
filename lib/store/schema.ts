/**
 * A widget's state, declared once as a table of typed fields (in the spirit of TensorFlow
 * Playground's `State.PROPS`). The one declaration parses MDX props (numbers may arrive as
 * strings), shared links and presenter-sync messages. Parsing is total: any JSON value, any keys,
 * any sizes give a valid state plus issue *codes*; the widget's strings put the codes into words,
 * so no state module needs its strings. No React here.
 */

/** Why a value was not taken. A widget's strings word each code. */
export type IssueCode =
  | 'not-object' // the whole value is not an object of settings
  | 'not-number' // missing, text, NaN or Infinity where a number belongs
  | 'not-whole' // a fraction where a whole number belongs
  | 'out-of-range' // a number outside the field's limits
  | 'not-one-of' // a value outside the field's choices
  | 'not-boolean'
  | 'not-text'
  | 'bad-list' // a list of the wrong length, or not a list
  | 'bad-item' // one entry of a list is unreadable (index says which)
  | 'invalid'; // a field's own check refused the value (detail says why)

export interface Issue {
  /** The field (or prop) it concerns; '' for the whole value. */
  field: string;
  code: IssueCode;
  /** The value received, shown back to the reader (shortened). */
  got?: string;
  min?: number;
  max?: number;
  options?: readonly (string | number)[];
  /** For a list entry: its position, 0-based. */
  index?: number;
  /** A field's own reason, for code 'invalid' and 'bad-item' (a short code, worded by strings). */
  detail?: string;
}

type Take<T> = { ok: true; value: T } | { ok: false; issue: Omit<Issue, 'field'> };

/** One field: its default, and a total reader of any JSON value. */
export interface Field<T> {
  readonly default: T;
  /** Reads a value; `coerce` (MDX props) also accepts numbers and booleans written as text. */
  read(v: unknown, coerce: boolean): Take<T>;
}

/** What a reader shows back of a value it refused: short, and never markup that runs. */
export function describe(v: unknown): string {
  let text: string;
  if (typeof v === 'string') text = JSON.stringify(v);
  else if (typeof v === 'number') text = Number.isNaN(v) ? 'NaN' : String(v);
  else if (v === undefined) text = 'nothing';
  else {
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = Object.prototype.toString.call(v);
    }
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const fail = <T>(issue: Omit<Issue, 'field'>): Take<T> => ({ ok: false, issue });

// -0 becomes 0: a link carries JSON, where the two are one number.
const asNumber = (v: unknown, coerce: boolean): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : null;
  if (coerce && typeof v === 'string' && v.trim() !== '' && v.length < 40) {
    const n = Number(v);
    return Number.isFinite(n) ? n + 0 : null;
  }
  return null;
};

/** A number field also tells its limits, so a control can show them. */
export interface NumberFieldSpec extends Field<number> {
  readonly min: number;
  readonly max: number;
}

/** A number in [min, max]; whole when `whole` is set. */
function ranged(min: number, max: number, fallback: number, whole: boolean): NumberFieldSpec {
  return {
    default: fallback,
    min,
    max,
    read(v, coerce) {
      const n = asNumber(v, coerce);
      if (n === null) return fail({ code: 'not-number', got: describe(v), min, max });
      if (whole && !Number.isInteger(n)) return fail({ code: 'not-whole', got: describe(v), min, max });
      if (n < min || n > max) return fail({ code: 'out-of-range', got: describe(v), min, max });
      return { ok: true, value: n };
    },
  };
}

/** A whole number in [min, max]. */
export function int(min: number, max: number, fallback: number): NumberFieldSpec {
  return ranged(min, max, fallback, true);
}

/** A finite number in [min, max]. */
export function num(min: number, max: number, fallback: number): NumberFieldSpec {
  return ranged(min, max, fallback, false);
}

/** One of a fixed list of choices; `aliases` maps other names an author may reach for. */
export function oneOf<const T extends string | number>(options: readonly T[], fallback: NoInfer<T>, aliases: Readonly<Record<string, NoInfer<T>>> = {}): Field<T> & { readonly options: readonly T[] } {
  return {
    default: fallback,
    options,
    read(v, coerce) {
      let x: unknown = v;
      if (typeof x === 'string' && Object.hasOwn(aliases, x.toLowerCase())) x = aliases[x.toLowerCase()];
      if (coerce && typeof x === 'string' && typeof options[0] === 'number') x = asNumber(x, true) ?? x;
      const i = options.indexOf(x as T);
      return i >= 0 ? { ok: true, value: options[i] } : fail({ code: 'not-one-of', got: describe(v), options });
    },
  };
}

export function bool(fallback: boolean): Field<boolean> {
  return {
    default: fallback,
    read(v, coerce) {
      if (typeof v === 'boolean') return { ok: true, value: v };
      if (coerce && (v === 'true' || v === 'false')) return { ok: true, value: v === 'true' };
      return fail({ code: 'not-boolean', got: describe(v) });
    },
  };
}

/** Free text up to `maxLength` characters (a seed word, a label). */
export function text(maxLength: number, fallback: string): Field<string> {
  return {
    default: fallback,
    read(v) {
      return typeof v === 'string' && v.length <= maxLength ? { ok: true, value: v } : fail({ code: 'not-text', got: describe(v), max: maxLength });
    },
  };
}

/**
 * A list whose entries each pass `item` (cell grids, biases, overrides). `lengths` are the
 * lengths allowed (a 3×3 grid is 9); a single number is read as a list of one when `lengths`
 * allows it. An entry that fails names its position.
 */
export function list<T>(item: Field<T>, lengths: { min: number; max: number } | readonly number[], fallback: readonly T[]): Field<T[]> {
  const allowed = (n: number) => (Array.isArray(lengths) ? lengths.includes(n) : n >= (lengths as { min: number }).min && n <= (lengths as { max: number }).max);
  const bounds = Array.isArray(lengths) ? { options: lengths as readonly number[] } : (lengths as { min: number; max: number });
  return {
    default: [...fallback],
    read(v, coerce) {
      const items = Array.isArray(v) ? v : allowed(1) && v !== undefined && v !== null && typeof v !== 'object' ? [v] : null;
      if (!items || !allowed(items.length)) return fail({ code: 'bad-list', got: Array.isArray(v) ? `${v.length} entries` : describe(v), ...bounds });
      const out: T[] = [];
      for (let i = 0; i < items.length; i++) {
        const r = item.read(items[i], coerce);
        if (!r.ok) return fail({ ...r.issue, code: 'bad-item', index: i, detail: r.issue.detail ?? r.issue.code });
        out.push(r.value);
      }
      return { ok: true, value: out };
    },
  };
}

/** A field of its own shape: `check` returns the value or a short reason code. */
export function custom<T>(fallback: T, check: (v: unknown, coerce: boolean) => { value: T } | { reason: string }): Field<T> {
  return {
    default: fallback,
    read(v, coerce) {
      let r: { value: T } | { reason: string };
      try {
        r = check(v, coerce);
      } catch {
        r = { reason: 'unreadable' };
      }
      return 'value' in r ? { ok: true, value: r.value } : fail({ code: 'invalid', got: describe(v), detail: r.reason });
    },
  };
}

export type Fields<S> = { [K in keyof S]: Field<S[K]> };
/** The state a table of fields declares. */
export type StateOf<F> = { -readonly [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface Parsed<S> {
  state: S;
  issues: Issue[];
}

export interface SchemaOptions<S> {
  /** Repairs combinations separate edits or fields can leave (an input not offered in a mode). */
  normalize?: (state: S) => S;
  /** Checks across fields after reading; each returned issue rejects a link as a field would. */
  check?: (state: S, given: ReadonlySet<keyof S>) => Issue[];
}

export interface Schema<S extends object, F extends Fields<S> = Fields<S>> {
  readonly fields: F;
  readonly defaults: S;
  /**
   * A shared link or a sync message, applied over `base`. One unreadable field refuses the whole
   * link (state = base), so a half-applied link never shows a state nobody chose; the issues say
   * why. Unknown keys are ignored. Never throws.
   */
  parse(raw: unknown, base?: S): Parsed<S>;
  /** MDX props: each unreadable prop is reported and replaced by its default. Never throws. */
  fromProps(props: Readonly<Record<string, unknown>>, base?: S): Parsed<S>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function defineSchema<F extends Record<string, Field<any>>, S extends object = StateOf<F>>(fields: F & Fields<S>, options: SchemaOptions<S> = {}): Schema<S, F & Fields<S>> {
  const keys = Object.keys(fields) as (keyof S & string)[];
  const defaults = Object.fromEntries(keys.map((k) => [k, fields[k].default])) as S;
  const finish = (state: S): S => {
    try {
      return options.normalize ? options.normalize(state) : state;
    } catch {
      return state;
    }
  };
  const read = (raw: Record<string, unknown>, base: S, coerce: boolean) => {
    const state = { ...base };
    const issues: Issue[] = [];
    const given = new Set<keyof S>();
    for (const key of keys) {
      if (!Object.hasOwn(raw, key) || raw[key] === undefined) continue;
      const r = fields[key].read(raw[key], coerce);
      if (r.ok) {
        state[key] = r.value;
        given.add(key);
      } else issues.push({ field: key, ...r.issue });
    }
    let cross: Issue[] = [];
    try {
      cross = options.check ? options.check(state, given) : [];
    } catch {
      cross = [{ field: '', code: 'invalid', detail: 'unreadable' }];
    }
    return { state, issues, cross };
  };
  return {
    fields,
    defaults,
    parse(raw, base = defaults) {
      if (!isRecord(raw)) return { state: base, issues: [{ field: '', code: 'not-object', got: describe(raw) }] };
      const { state, issues, cross } = read(raw, base, false);
      const all = [...issues, ...cross];
      return all.length ? { state: base, issues: all } : { state: finish(state), issues: [] };
    },
    fromProps(props, base = defaults) {
      if (!isRecord(props)) return { state: base, issues: [] };
      const { state, issues, cross } = read(props, base, true);
      // A cross-field problem in props resets the fields it names to their defaults.
      for (const issue of cross) if (Object.hasOwn(fields, issue.field)) (state as Record<string, unknown>)[issue.field] = (base as Record<string, unknown>)[issue.field];
      return { state: finish(state), issues: [...issues, ...cross] };
    },
  };
}
