/**
 * The sandbox reads a shared link (?net=) and an imported JSON file: whatever either holds, the
 * reader gets a network or a reason, never an exception; an accepted network reads back as itself
 * and the live table can analyse it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, decodeFromUrl, encodeForUrl, exportFile, FILE_FORMAT, importFile, presetState, stateFromSearch, STATE_VERSION, type Parsed, type SandboxState } from '@/lib/sandbox';
import { anyState, anyValue } from '../store/arbitraryLinks';

const BLOCK_KEYS = ['type', 'filters', 'kernel', 'stride', 'padding', 'mode', 'size', 'fn', 'rate', 'units'];
const TYPES = ['conv', 'pool', 'dense', 'dropout', 'activation', 'residual', 'depthwiseSeparable', 'batchNorm', 'flatten', 'globalAvgPool', 'squeezeExcite'];

/** A block-like object: a known type most of the time, with any settings. */
const anyBlock = fc.oneof(
  anyState(BLOCK_KEYS),
  fc.record({ type: fc.constantFrom(...TYPES) }).chain((b) => anyState(BLOCK_KEYS).map((rest) => (typeof rest === 'object' && rest !== null ? { ...rest, ...b } : b))),
);

/** A state-like object: close enough to a sandbox state to reach the deeper checks. */
const anySandbox = fc.oneof(
  { weight: 1, arbitrary: anyState(['version', 'blocks', 'training', 'format']) },
  {
    weight: 3,
    arbitrary: fc.record({
      format: fc.oneof(fc.constant(FILE_FORMAT), anyValue),
      version: fc.oneof(fc.constant<unknown>(STATE_VERSION), anyValue),
      blocks: fc.oneof(fc.array(anyBlock, { maxLength: 6 }), anyValue),
      training: fc.oneof(fc.constant<unknown>(presetState().training), anyState(Object.keys(presetState().training)), anyValue),
    }),
  },
);

const base64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function checkResult(r: Parsed<SandboxState>) {
  if (r.ok) {
    // An accepted network is one the page can show and carry on.
    expect(() => analyse(r.value.blocks)).not.toThrow();
    const again = decodeFromUrl(encodeForUrl(r.value));
    expect(again).toEqual({ ok: true, value: r.value });
    expect(importFile(exportFile(r.value))).toEqual({ ok: true, value: r.value });
  } else {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(0);
  }
}

describe('sandbox links and files against arbitrary input', () => {
  it('a ?net= value of any text gives a network or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String()), (text) => {
        checkResult(decodeFromUrl(text));
        const fromSearch = stateFromSearch(`?net=${encodeURIComponent(text)}&x=1`);
        expect(fromSearch).not.toBeNull();
        checkResult(fromSearch!);
      }),
      { numRuns: 500 },
    );
  });

  it('a query string of any text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const r = stateFromSearch(search);
        if (r) checkResult(r);
      }),
      { numRuns: 300 },
    );
  });

  it('a link holding any JSON gives a network or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anySandbox, anyValue), (raw) => {
        const json = JSON.stringify(raw);
        if (json === undefined) return;
        checkResult(decodeFromUrl(base64Url(json)));
      }),
      { numRuns: 500 },
    );
  });

  it('an imported file of any text or JSON gives a network or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), anySandbox.map((v) => JSON.stringify(v) ?? ''), anyValue.map((v) => JSON.stringify(v) ?? '')), (text) => {
        const r = importFile(text);
        checkResult(r);
        if (!r.ok) expect(r.error).toMatch(/^This file was not loaded, and nothing changed: /);
      }),
      { numRuns: 500 },
    );
  });

  it('a well-formed file with any one block changed still gives a network or a reason', () => {
    const good = presetState('mobilenet');
    fc.assert(
      fc.property(fc.nat({ max: good.blocks.length - 1 }), anyBlock, (i, block) => {
        const blocks = good.blocks.map((b, j) => (j === i ? block : b));
        const text = JSON.stringify({ format: FILE_FORMAT, ...good, blocks });
        if (text !== undefined) checkResult(importFile(text));
      }),
      { numRuns: 400 },
    );
  });
});
