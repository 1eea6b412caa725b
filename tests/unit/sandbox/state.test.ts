import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, FILE_FORMAT, PRESET_IDS, PRESETS, analyse, decodeFromUrl, encodeForUrl, exportFile, importFile, parseState, presetState, stateFromSearch, stateUrl } from '@/lib/sandbox';

const good = () => presetState('mobilenet');

describe('sandbox state', () => {
  it('every preset is valid, fits, and survives its own parser', () => {
    for (const id of PRESET_IDS) {
      const s = presetState(id);
      expect(parseState(JSON.parse(JSON.stringify(s)))).toEqual({ ok: true, value: s });
      expect(analyse(PRESETS[id]).problem, id).toBeNull();
    }
  });

  it('round-trips through a link, keeping other query parameters', () => {
    const s = { ...good(), training: { ...DEFAULT_TRAINING, optimizer: 'sgd' as const, learningRate: 0.05, epochs: 3, seed: 42 } };
    const url = stateUrl('https://example.org/sandbox/?theme=dark#x', s);
    expect(url).toMatch(/^https:\/\/example\.org\/sandbox\/\?theme=dark&net=[A-Za-z0-9_-]+$/);
    expect(stateFromSearch(new URL(url).search)).toEqual({ ok: true, value: s });
    expect(stateFromSearch('?theme=dark')).toBeNull();
  });

  it('explains a damaged or wrong link', () => {
    expect(decodeFromUrl('%%%')).toEqual({ ok: false, error: expect.stringMatching(/damaged.*LeNet-like starter/) });
    expect(decodeFromUrl(encodeForUrl(good()).slice(0, 20))).toMatchObject({ ok: false });
    const bad = btoa(JSON.stringify({ ...good(), blocks: [{ type: 'conv', filters: 10000, kernel: 3, stride: 1, padding: 'same' }] })).replace(/=+$/, '');
    expect(decodeFromUrl(bad)).toEqual({ ok: false, error: expect.stringMatching(/Block 1 \(conv\): The number of filters can be at most 256/) });
  });

  it('round-trips through a file', () => {
    const s = good();
    const text = exportFile(s);
    expect(JSON.parse(text).format).toBe(FILE_FORMAT);
    expect(importFile(text)).toEqual({ ok: true, value: s });
  });

  it('refuses invalid, foreign and corrupt files with a reason', () => {
    const refuse = (text: string, why: RegExp) => {
      const r = importFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(/^This file was not loaded, and nothing changed: /);
        expect(r.error).toMatch(why);
      }
    };
    const file = JSON.parse(exportFile(good()));
    refuse('{"blocks": [', /not valid JSON/);
    refuse('\u0000\u0001PNG', /not valid JSON/);
    refuse(JSON.stringify({ version: 1, answers: {} }), /not a sandbox network file/);
    refuse(JSON.stringify([1, 2]), /not a sandbox network file/);
    refuse(JSON.stringify({ ...file, version: 7 }), /newer version of the sandbox \(version 7/);
    refuse(JSON.stringify({ ...file, version: undefined }), /expected "version": 1/);
    refuse(JSON.stringify({ ...file, blocks: 'conv' }), /no list of blocks/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'lstm' }] }), /Block 1 has an unknown type "lstm"/);
    // a type whose own toString is not a function (found by the fuzz test): quoted, not thrown
    refuse(JSON.stringify({ ...file, blocks: [{ type: { toString: [] } }] }), /Block 1 has an unknown type \{"toString":\[\]\}/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'dense' }] }), /Block 1 \(dense\) is missing its "units"/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'dense', units: '64' }] }), /"units" must be a number, not "64"/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'dense', units: 64, colour: 'red' }] }), /setting "colour"/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'dropout', rate: 1.5 }] }), /drop rate can be at most 0.9/);
    refuse(JSON.stringify({ ...file, blocks: [{ type: 'activation', fn: 'swish' }] }), /unknown activation "swish"/);
    refuse(JSON.stringify({ ...file, blocks: Array(31).fill({ type: 'flatten' }) }), /31 blocks; the sandbox takes at most 30/);
    refuse(JSON.stringify({ ...file, training: { ...file.training, learningRate: -1 } }), /Training settings: The learning rate/);
    refuse(JSON.stringify({ ...file, training: { ...file.training, batchSize: 1000 } }), /batch size must be one of/);
    refuse(JSON.stringify({ ...file, training: null }), /no training settings/);
  });

  it('a network that does not fit can be carried (the table then says why)', () => {
    const s = { ...good(), blocks: [{ type: 'flatten' as const }, { type: 'conv' as const, filters: 4, kernel: 3, stride: 1, padding: 'same' as const }] };
    const r = importFile(exportFile(s));
    expect(r.ok).toBe(true);
    expect(analyse(s.blocks).problem?.block).toBe(1);
  });
});
