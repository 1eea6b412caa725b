/** Every SVG of a figure's markup is role="img", labelled by a <title> and a <desc> that exist and say something. */
import { expect } from 'vitest';

export function expectAccessible(markup: string) {
  const svgs = [...markup.matchAll(/<svg[^>]*>/g)].map((m) => m[0]);
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) {
    expect(svg).toContain('role="img"');
    const [t, d] = /aria-labelledby="([^"]+)"/.exec(svg)![1].split(' ');
    expect(markup).toMatch(new RegExp(`<title id="${t}">[^<]{10,}</title>`));
    expect(markup).toMatch(new RegExp(`<desc id="${d}">[^<]{40,}</desc>`));
  }
}
