/**
 * What a damaged or crafted link, prop or message can carry: any JSON, with the keys a parser
 * might trip on (prototype names, duplicates after JSON.parse), wrong types, NaN and Infinity,
 * huge and negative numbers, long strings and arrays, and markup.
 */
import fc from 'fast-check';

export const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'then', 'length', '0', ''];

const nasty = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0.5,
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'x'.repeat(10_000),
  Array.from({ length: 5000 }, (_, i) => i),
  '1e999',
  ' 2 ',
  '',
  null,
  true,
  [],
  {},
);

/** Any JSON-ish value, nasty ones often. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 3, arbitrary: nasty },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...SPECIAL_KEYS), tie('value'), { maxKeys: 3 }) },
  ),
})).value;

/** An object whose keys are the widget's own, special ones and random ones, with any values. */
export function anyState(fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  const key = fc.oneof(fc.constantFrom(...(fieldNames.length ? fieldNames : ['x'])), fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 8 }));
  return fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(key, anyValue, { maxKeys: 8 }) },
    { weight: 1, arbitrary: anyValue },
    // Through JSON text, as a link arrives: "__proto__" becomes an own key.
    { weight: 2, arbitrary: fc.dictionary(key, anyValue, { maxKeys: 6 }).map((o) => JSON.parse(JSON.stringify(o)) as unknown) },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"x": 1}, "constructor": 3, "toString": "a"}') as unknown) },
  );
}
