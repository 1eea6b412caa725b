/**
 * Checking the catalogue against reference files (tests/reference/architectures.json and the
 * file named by REFERENCE_ARCHITECTURES). Test plumbing only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseGraph, catalogue, isNetworkId } from '@/lib/nn/catalogue';

export interface ReferenceModel {
  id: string;
  input: number[];
  params: number;
  macs: number;
  /** With the batch axis, as PyTorch reports it: [1, 1000] or [1, 1000, 1, 1]. */
  output: number[];
  source?: string;
}

export const builtinReference = fileURLToPath(new URL('../../reference/architectures.json', import.meta.url));

/** The files to check: the project's own, plus REFERENCE_ARCHITECTURES when it is set. */
export function referenceFiles(): { label: string; file: string }[] {
  const files = [{ label: 'tests/reference/architectures.json', file: builtinReference }];
  const extra = process.env.REFERENCE_ARCHITECTURES;
  if (extra) files.push({ label: `REFERENCE_ARCHITECTURES=${extra}`, file: resolve(extra) });
  return files;
}

/** The models of one file; a file that cannot be read or has no models list throws. */
export function loadReference(file: string): ReferenceModel[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { models?: unknown };
  if (!Array.isArray(json.models)) throw new Error(`${file}: no "models" list`);
  return json.models as ReferenceModel[];
}

/** Every way the catalogue disagrees with one reference model (empty when it matches). */
export function referenceMismatches(m: ReferenceModel): string[] {
  if (!isNetworkId(m.id)) return [`"${m.id}" is in the reference file but not in the catalogue`];
  const net = catalogue[m.id];
  const problems: string[] = [];
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  if (!same(net.input, m.input)) problems.push(`input: catalogue ${JSON.stringify(net.input)}, reference ${JSON.stringify(m.input)}`);
  if (m.input.length !== 1 && m.input.length !== 3) return [...problems, `input: ${JSON.stringify(m.input)} is neither [C, H, W] nor [N]`];
  const r = analyseGraph(net, m.input as [number, number, number] | [number]);
  if (!r.ok) return [...problems, `analysis failed: ${r.error}`];
  if (r.totals.params !== m.params) problems.push(`params: got ${r.totals.params}, reference ${m.params}`);
  if (r.totals.macs !== m.macs) problems.push(`macs: got ${r.totals.macs}, reference ${m.macs}`);
  if (!same([1, ...r.output], m.output)) problems.push(`output: got ${JSON.stringify([1, ...r.output])}, reference ${JSON.stringify(m.output)}`);
  return problems;
}
