/** Greedy placement of point labels on a scatter chart, so none overlap. No React. */

export interface LabelWish {
  x: number;
  y: number;
  text: string;
  /** Labelled even if it overlaps (the current or focused point). */
  must: boolean;
}

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  must: boolean;
}

interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// About the width of a character and the height of a line of the 12 px labels.
const CHAR = 7;
const HEIGHT = 14;
const OFFSET = 9;

/**
 * Labels to the right of their point, or to the left when that is where they fit; 'must' labels
 * are placed first and always, the others only where they overlap nothing (mode 'all').
 */
export function placeLabels(wishes: LabelWish[], bounds: Bounds, mode: 'all' | 'must'): PlacedLabel[] {
  // The markers themselves are in the way of every label.
  const taken = wishes.map((w) => ({ x0: w.x - 6, x1: w.x + 6, y0: w.y - 6, y1: w.y + 6 }));
  const out: PlacedLabel[] = [];
  const order = [...wishes.filter((w) => w.must), ...(mode === 'all' ? wishes.filter((w) => !w.must) : [])];
  for (const w of order) {
    const width = w.text.length * CHAR;
    const candidates: PlacedLabel[] = [
      { x: w.x + OFFSET, y: w.y, text: w.text, anchor: 'start', must: w.must },
      { x: w.x - OFFSET, y: w.y, text: w.text, anchor: 'end', must: w.must },
      { x: w.x + OFFSET, y: w.y - HEIGHT, text: w.text, anchor: 'start', must: w.must },
      { x: w.x - OFFSET, y: w.y + HEIGHT, text: w.text, anchor: 'end', must: w.must },
    ];
    const box = (c: PlacedLabel) => {
      const x0 = c.anchor === 'start' ? c.x : c.x - width;
      return { x0, x1: x0 + width, y0: c.y - HEIGHT / 2, y1: c.y + HEIGHT / 2 };
    };
    const inside = (b: ReturnType<typeof box>) => b.x0 >= 0 && b.x1 <= bounds.right + 12 && b.y0 >= bounds.top - 12 && b.y1 <= bounds.bottom + 4;
    const free = (b: ReturnType<typeof box>) => !taken.some((t) => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
    const fits = candidates.find((c) => inside(box(c)) && free(box(c)));
    const choice = fits ?? (w.must ? (candidates.find((c) => inside(box(c))) ?? candidates[0]) : undefined);
    if (!choice) continue;
    taken.push(box(choice));
    out.push(choice);
  }
  return out;
}
