/**
 * The sandbox's whole state as data (the blocks and the training settings), versioned, and its
 * three ways out of the page: a link (`?net=…`), a JSON file, and back. Everything read from a
 * link or a file is checked field by field; anything wrong is refused with the reason, and the
 * caller keeps what it had.
 */
import { ACTIVATIONS, BLOCK_TYPES, MAX_BLOCKS, NUMERIC_SETTINGS, blockErrors, type Block } from './blocks';

export const STATE_VERSION = 1;
/** Written into every exported file, so a file from somewhere else is recognised as foreign. */
export const FILE_FORMAT = 'cnn-course-sandbox';
export const URL_PARAM = 'net';

export type OptimizerKind = 'adam' | 'sgd';

export interface TrainingSettings {
  optimizer: OptimizerKind;
  learningRate: number;
  /** SGD only. */
  momentum: number;
  batchSize: number;
  epochs: number;
  /** How many of the 6,000 training images a run uses (balanced over the classes). */
  trainImages: number;
  seed: number;
}

export interface SandboxState {
  version: typeof STATE_VERSION;
  blocks: Block[];
  training: TrainingSettings;
}

export const TRAIN_IMAGE_CHOICES = [1000, 2000, 3000, 6000] as const;
export const BATCH_SIZES = [16, 32, 64, 128] as const;
export const EPOCH_CHOICES = [1, 2, 3, 5, 10] as const;

export const DEFAULT_TRAINING: TrainingSettings = { optimizer: 'adam', learningRate: 0.003, momentum: 0.9, batchSize: 32, epochs: 1, trainImages: 3000, seed: 1 };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a training setting is not allowed, or null. */
export function trainingError(key: keyof TrainingSettings, value: unknown): string | null {
  const num = typeof value === 'number' && Number.isFinite(value);
  switch (key) {
    case 'optimizer':
      return value === 'adam' || value === 'sgd' ? null : 'The optimiser must be Adam or SGD.';
    case 'learningRate':
      return num && (value as number) > 0 && (value as number) <= 1 ? null : 'The learning rate must be a number above 0 and at most 1 (try 0.001 to 0.01 for Adam, 0.01 to 0.1 for SGD).';
    case 'momentum':
      return num && (value as number) >= 0 && (value as number) < 1 ? null : 'The momentum must be at least 0 and below 1 (0.9 is usual).';
    case 'batchSize':
      return (BATCH_SIZES as readonly unknown[]).includes(value) ? null : `The batch size must be one of ${BATCH_SIZES.join(', ')}.`;
    case 'epochs':
      return (EPOCH_CHOICES as readonly unknown[]).includes(value) ? null : `The number of epochs must be one of ${EPOCH_CHOICES.join(', ')}.`;
    case 'trainImages':
      return (TRAIN_IMAGE_CHOICES as readonly unknown[]).includes(value) ? null : `The number of training images must be one of ${TRAIN_IMAGE_CHOICES.join(', ')}.`;
    case 'seed':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 999_999 ? null : 'The seed must be a whole number from 0 to 999,999.';
  }
}

const BLOCK_FIELDS: Record<Block['type'], readonly string[]> = {
  conv: ['filters', 'kernel', 'stride', 'padding'],
  depthwiseSeparable: ['filters', 'kernel', 'stride'],
  residual: ['filters', 'stride'],
  pool: ['mode', 'size', 'stride'],
  batchNorm: [],
  activation: ['fn'],
  dropout: ['rate'],
  globalAvgPool: [],
  flatten: [],
  dense: ['units'],
};

/** A value from outside, quoted for a message; never throws (an object's own toString may be anything). */
function shown(v: unknown): string {
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
}

/** One block read from outside: exactly the fields its type has, each allowed. */
export function parseBlock(raw: unknown, index: number): Parsed<Block> {
  const where = `Block ${index + 1}`;
  if (!isObject(raw)) return { ok: false, error: `${where} is not a block (expected an object with a "type").` };
  const type = raw.type;
  if (typeof type !== 'string' || !(BLOCK_TYPES as readonly string[]).includes(type)) return { ok: false, error: `${where} has an unknown type ${shown(type)}; known types are ${BLOCK_TYPES.join(', ')}.` };
  const fields = BLOCK_FIELDS[type as Block['type']];
  for (const key of Object.keys(raw)) if (key !== 'type' && !fields.includes(key)) return { ok: false, error: `${where} (${type}) has a setting "${key}" that a ${type} block does not have.` };
  for (const key of fields) if (!(key in raw)) return { ok: false, error: `${where} (${type}) is missing its "${key}".` };
  for (const key of NUMERIC_SETTINGS[type as Block['type']]) if (typeof raw[key] !== 'number') return { ok: false, error: `${where} (${type}): "${key}" must be a number, not ${shown(raw[key])}.` };
  if (type === 'activation' && !(ACTIVATIONS as readonly unknown[]).includes(raw.fn)) return { ok: false, error: `${where}: unknown activation ${shown(raw.fn)}.` };
  const block = { ...raw } as unknown as Block;
  const errors = Object.values(blockErrors(block));
  if (errors.length) return { ok: false, error: `${where} (${type}): ${errors[0]}` };
  return { ok: true, value: block };
}

/** The whole state from outside (a link or a file's content); refuses anything not exactly right. */
export function parseState(raw: unknown): Parsed<SandboxState> {
  if (!isObject(raw)) return { ok: false, error: 'It does not hold a sandbox network (expected a JSON object).' };
  if (raw.version !== STATE_VERSION) {
    return { ok: false, error: typeof raw.version === 'number' && raw.version > STATE_VERSION ? `It was made by a newer version of the sandbox (version ${raw.version}; this one reads version ${STATE_VERSION}).` : `It has no sandbox version this page can read (expected "version": ${STATE_VERSION}).` };
  }
  if (!Array.isArray(raw.blocks)) return { ok: false, error: 'It has no list of blocks ("blocks").' };
  if (raw.blocks.length > MAX_BLOCKS) return { ok: false, error: `It has ${raw.blocks.length} blocks; the sandbox takes at most ${MAX_BLOCKS}.` };
  const blocks: Block[] = [];
  for (const [i, b] of raw.blocks.entries()) {
    const p = parseBlock(b, i);
    if (!p.ok) return p;
    blocks.push(p.value);
  }
  if (!isObject(raw.training)) return { ok: false, error: 'It has no training settings ("training").' };
  const training = { ...DEFAULT_TRAINING };
  for (const key of Object.keys(DEFAULT_TRAINING) as (keyof TrainingSettings)[]) {
    const e = trainingError(key, raw.training[key]);
    if (e) return { ok: false, error: `Training settings: ${e}` };
    (training as Record<string, unknown>)[key] = raw.training[key];
  }
  return { ok: true, value: { version: STATE_VERSION, blocks, training } };
}

// --- links ---

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The state as the value of the `net` query parameter (URL-safe base64 of its JSON). */
export function encodeForUrl(state: SandboxState): string {
  return toBase64Url(JSON.stringify(state));
}

export function decodeFromUrl(value: string): Parsed<SandboxState> {
  const text = fromBase64Url(value);
  if (text === null) return { ok: false, error: 'The link is damaged (its network is not readable); showing the LeNet-like starter instead.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The link is damaged (its network is not valid JSON); showing the LeNet-like starter instead.' };
  }
  const parsed = parseState(raw);
  return parsed.ok ? parsed : { ok: false, error: `The link's network was not loaded: ${parsed.error} Showing the LeNet-like starter instead.` };
}

/** A link to `href`'s page with the state in it (other parameters kept). */
export function stateUrl(href: string, state: SandboxState): string {
  const url = new URL(href);
  url.searchParams.set(URL_PARAM, encodeForUrl(state));
  url.hash = '';
  return url.toString();
}

/** The state in a page's query string: none, a state, or why it could not be read. */
export function stateFromSearch(search: string): Parsed<SandboxState> | null {
  const value = new URLSearchParams(search).get(URL_PARAM);
  return value === null ? null : decodeFromUrl(value);
}

// --- files ---

/** The state as the text of an exported file. */
export function exportFile(state: SandboxState): string {
  return JSON.stringify({ format: FILE_FORMAT, ...state }, null, 2) + '\n';
}

/** The text of a file a student chose; refuses anything that is not a sandbox file in order. */
export function importFile(text: string): Parsed<SandboxState> {
  const refused = (why: string): Parsed<SandboxState> => ({ ok: false, error: `This file was not loaded, and nothing changed: ${why}` });
  if (text.length > 200_000) return refused('it is far larger than any sandbox file.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused('it is not valid JSON (damaged, or not a sandbox file).');
  }
  if (!isObject(raw) || raw.format !== FILE_FORMAT) return refused(`it is not a sandbox network file (those have "format": "${FILE_FORMAT}").`);
  const { format: _format, ...rest } = raw;
  void _format;
  const parsed = parseState(rest);
  return parsed.ok ? parsed : refused(parsed.error);
}
