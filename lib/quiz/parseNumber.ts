/** Accepts "1,234", "1 234", "1e3", "−5" (the typographic minus) as numbers; anything else is null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,_]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Reads a typed answer that may end with its unit ("28 px", "1.2 M"): the number and the unit
 * text after it. A response of only text gives null.
 */
export function splitUnit(text: string): { value: number; unit: string } | null {
  const m = /^\s*([-+\u2212]?[\d\s,_.]*\d(?:\.\d*)?(?:e[-+]?\d+)?)\s*([^\d\s].*)?$/i.exec(text);
  if (!m) return null;
  const value = parseNumber(m[1]);
  return value === null ? null : { value, unit: (m[2] ?? '').trim() };
}
