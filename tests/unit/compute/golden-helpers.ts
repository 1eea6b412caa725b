/**
 * Loading and checking golden vectors (tests/golden/README-style JSON cases computed with PyTorch).
 * Test plumbing only: nothing here is shipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldenTensor {
  shape: number[];
  data: number[];
  dtype?: 'float32' | 'int32';
}

export interface GoldenCase {
  name: string;
  op: string;
  note?: string;
  attrs: Record<string, unknown>;
  inputs: Record<string, GoldenTensor>;
  outputs: Record<string, GoldenTensor>;
  tolerance: { abs: number; rel: number };
}

/** One file of a golden folder: its case, or why it could not be read. */
export type GoldenEntry = { file: string; case: GoldenCase } | { file: string; error: string };

/** What an implementation produced for one output. */
export interface GotTensor {
  shape: readonly number[];
  data: ArrayLike<number>;
}

export const builtinGoldenDir = fileURLToPath(new URL('../../golden', import.meta.url));

/** The folders to check: the project's own, plus GOLDEN_DIR when it is set. */
export function goldenDirs(): { label: string; dir: string }[] {
  const dirs = [{ label: 'tests/golden', dir: builtinGoldenDir }];
  const extra = process.env.GOLDEN_DIR;
  if (extra) dirs.push({ label: `GOLDEN_DIR=${extra}`, dir: resolve(extra) });
  return dirs;
}

function isTensor(v: unknown): v is GoldenTensor {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  return (
    Array.isArray(t.shape) &&
    t.shape.every((d) => Number.isInteger(d) && d >= 0) &&
    Array.isArray(t.data) &&
    t.data.every((x) => typeof x === 'number') &&
    t.data.length === (t.shape as number[]).reduce((a, b) => a * b, 1)
  );
}

/** Checks the structure of a parsed case; returns what is wrong, or undefined. */
export function describeMalformed(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return 'not a JSON object';
  const c = raw as Record<string, unknown>;
  if (typeof c.name !== 'string' || !c.name) return 'missing "name"';
  if (typeof c.op !== 'string' || !c.op) return 'missing "op"';
  for (const key of ['inputs', 'outputs'] as const) {
    const group = c[key] ?? {};
    if (typeof group !== 'object' || group === null) return `"${key}" is not an object`;
    for (const [k, v] of Object.entries(group)) {
      if (!isTensor(v)) return `${key}.${k} is not a tensor {shape, data} whose data length matches its shape`;
    }
  }
  if (Object.keys((c.outputs as object | undefined) ?? {}).length === 0) return 'no outputs to check';
  const tol = c.tolerance as Record<string, unknown> | undefined;
  if (!tol || typeof tol.abs !== 'number' || typeof tol.rel !== 'number') return 'missing "tolerance" {abs, rel}';
  return undefined;
}

/** Every *.json in dir, sorted by file name, parsed and checked for structure. */
export function loadGoldenDir(dir: string): GoldenEntry[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return [{ file: dir, error: `golden folder ${dir} does not exist or is not a folder` }];
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) return [{ file: dir, error: `golden folder ${dir} holds no *.json case` }];
  return files.map((file): GoldenEntry => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      return { file, error: `${file} is not valid JSON: ${(e as Error).message}` };
    }
    const problem = describeMalformed(raw);
    if (problem) return { file, error: `${file} is not a golden case: ${problem}` };
    const c = raw as GoldenCase;
    return { file, case: { ...c, attrs: c.attrs ?? {}, inputs: c.inputs ?? {} } };
  });
}

const MAX_REPORTED = 6;

/** Differences between one produced tensor and the expected one, as readable lines (empty = match). */
export function compareTensor(label: string, got: GotTensor, want: GoldenTensor, tol: { abs: number; rel: number }): string[] {
  if (got.shape.length !== want.shape.length || got.shape.some((d, i) => d !== want.shape[i])) {
    return [`${label}: shape [${got.shape}] but expected [${want.shape}]`];
  }
  if (got.data.length !== want.data.length) {
    return [`${label}: ${got.data.length} values but expected ${want.data.length}`];
  }
  const bad: string[] = [];
  let count = 0;
  let worst = 0;
  for (let i = 0; i < want.data.length; i++) {
    const g = got.data[i];
    const w = want.data[i];
    const err = Math.abs(g - w);
    // Written so that NaN in `got` counts as a mismatch.
    if (!(err <= tol.abs + tol.rel * Math.abs(w))) {
      count++;
      worst = Number.isNaN(err) ? NaN : Math.max(worst, err);
      if (bad.length < MAX_REPORTED) bad.push(`${label}[${i}]: got ${g}, expected ${w} (|diff| ${err})`);
    }
  }
  if (count > 0) bad.unshift(`${label}: ${count} of ${want.data.length} values outside abs ${tol.abs} + rel ${tol.rel}·|want|, worst |diff| ${worst}`);
  return bad;
}

/** Throws one Error listing every output that is missing or differs. */
export function assertOutputsMatch(c: GoldenCase, got: Record<string, GotTensor>): void {
  const problems: string[] = [];
  for (const [name, want] of Object.entries(c.outputs)) {
    const g = got[name];
    if (!g) problems.push(`${name}: the implementation of op "${c.op}" did not produce this output`);
    else problems.push(...compareTensor(name, g, want, c.tolerance));
  }
  if (problems.length > 0) throw new Error(`golden case "${c.name}" (op ${c.op}) does not match:\n  ${problems.join('\n  ')}`);
}
