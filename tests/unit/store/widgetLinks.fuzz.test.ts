/**
 * Every widget's state parsers against arbitrary links, props and sync messages: each must return
 * (never throw), and what a schema returns must itself read back cleanly as a link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/store/schema';
import { anyState } from './arbitraryLinks';

const modules = import.meta.glob<Record<string, unknown>>('/components/widgets/*/state.ts', { eager: true });

const isSchema = (v: unknown): v is Schema<object> =>
  typeof v === 'object' && v !== null && 'parse' in v && 'fromProps' in v && 'defaults' in v;

describe.each(Object.entries(modules).map(([path, mod]) => [path.split('/').at(-2)!, mod] as const))('%s', (_name, mod) => {
  const schemas = Object.entries(mod).filter(([, v]) => isSchema(v)) as [string, Schema<object>][];
  const parsers = Object.entries(mod).filter(([k, v]) => typeof v === 'function' && /^parse[A-Z]\w*State$/.test(k)) as [string, (raw: unknown) => unknown][];

  it('declares its state or exports a parser', () => {
    expect(schemas.length + parsers.length).toBeGreaterThan(0);
  });

  for (const [key, schema] of schemas) {
    const fields = Object.keys(schema.fields);
    it(`${key}.parse and .fromProps are total and give a valid state`, () => {
      fc.assert(
        fc.property(anyState(fields), (raw) => {
          for (const r of [schema.parse(raw), schema.fromProps(raw as Record<string, unknown>)]) {
            expect(Object.keys(r.state).sort()).toEqual([...fields].sort());
            // The state given back is a state a link may carry: it reads back as itself.
            const again = schema.parse(JSON.parse(JSON.stringify(r.state)));
            expect(again.issues).toEqual([]);
            expect(again.state).toEqual(r.state);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const [key, parse] of parsers) {
    it(`${key} never throws`, () => {
      fc.assert(
        fc.property(anyState([]), (raw) => {
          parse(raw);
        }),
        { numRuns: 300 },
      );
    });
  }
});
