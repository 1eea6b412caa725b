/**
 * Splitting a lesson into slides, at build time, on the MDX (mdast) tree. The same lesson source
 * serves the reading view and the deck:
 *
 * - a slide starts at every `##` heading, and at an author's `<SlideBreak />`;
 * - `<ReadingOnly>` content is dropped from the deck, `<SlidesOnly>` content is kept (the reading
 *   view drops it, see components/mdx);
 * - `<Notes>` leave the slide's body and become its speaker notes;
 * - `<Step>` wrappers are numbered 1…n within their slide, so the deck can reveal them in turn;
 * - a section too long for one screen is split into parts, "Title (1/2)", "Title (2/2)", by an
 *   estimate of its height (text lines; a widget or a quiz counts as a large block, and a slide
 *   holds at most one widget). The deck still scales a slide down if the estimate was short.
 *
 * The split depends on the source alone, so slide numbers in links are stable. No React here.
 */

export interface MdNode {
  type: string;
  name?: string | null;
  depth?: number;
  value?: string;
  ordered?: boolean | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  data?: unknown;
  position?: unknown;
}

export interface SlideMeta {
  /** 0-based position in the deck. */
  index: number;
  /** The section's title, with "(k/n)" when it was split; the lesson title for the opening slide. */
  title: string;
  /** The section heading's text alone, shared by all its parts. */
  section: string;
  part: number;
  parts: number;
  /** How many `<Step>` builds the slide has (0: shown whole at once). */
  steps: number;
  /** Whether the slide has speaker notes. */
  hasNotes: boolean;
  /** Characters of prose on the slide (headings, formulas, code and widgets left out). */
  bodyChars: number;
  /** Words in the slide's prose that point elsewhere on a page ("above", "below"): wrong on a slide. */
  pointers: string[];
}

/** Most characters of prose a slide should carry (issue 16): the rest belongs in the reading view. */
export const SLIDE_BODY_LIMIT = 350;

/** Words that only make sense on a scrolling page. */
// "Above"/"below" followed by a number, a formula or a quantity ("below 0", "above which x",
// "below about 4 bits") compares values and is fine on a slide.
const PAGE_POINTERS = /\b(?:above|below)\b(?!\s*(?:\$|[-−+]?\d|x\b|zero|about|which|chance|its|half|that|one\b|an?\b))|\b(?:earlier on this page|further down)\b/gi;

/** The prose a slide shows: its text less headings, display formulas, code and widgets. */
export function proseOf(nodes: MdNode[]): string {
  return nodes.map(proseText).join(' ').replace(/\s+/g, ' ').trim();
}

const INLINE_PARENTS = new Set(['paragraph', 'emphasis', 'strong', 'delete', 'link', 'mdxJsxTextElement', 'tableCell']);

function proseText(n: MdNode): string {
  if (n.type === 'heading' || n.type === 'math' || n.type === 'code' || isWidget(n)) return '';
  if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'inlineMath') return n.value ?? '';
  return (n.children ?? []).map(proseText).join(INLINE_PARENTS.has(n.type) ? '' : ' ');
}

/** Authoring components that shape the deck. */
export const SLIDE_BREAK = 'SlideBreak';
export const READING_ONLY = 'ReadingOnly';
export const SLIDES_ONLY = 'SlidesOnly';
export const STEP = 'Step';
export const NOTES = 'Notes';
/** Components the split wraps a slide in (rendered by components/slides). */
export const SLIDE = 'Slide';
export const SLIDE_BODY = 'SlideBody';
export const SLIDE_NOTES = 'SlideNotes';

/** Estimated height budget of one slide, in lines of slide text (see `weightOf`). */
export const SLIDE_BUDGET = 24;
/** A widget is estimated at this many lines; with the budget it leaves room for a few lines around it. */
export const WIDGET_WEIGHT = 17;
/** Characters of slide text per line (a 1180 px column at 24 px). */
const CHARS_PER_LINE = 88;

const isJsx = (n: MdNode) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const isJsxNamed = (n: MdNode, name: string) => isJsx(n) && n.name === name;
const NON_WIDGETS = new Set([NOTES, STEP, SLIDES_ONLY, READING_ONLY, 'Callout', 'Quiz', 'Challenge', SLIDE_BREAK]);
/** A flow component that is neither prose nor authoring markup: a widget or a diagram. */
export const isWidget = (n: MdNode) => n.type === 'mdxJsxFlowElement' && !!n.name && /^[A-Z]/.test(n.name) && !NON_WIDGETS.has(n.name);

export function textOf(n: MdNode): string {
  if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'inlineMath') return n.value ?? '';
  if (n.type === 'math' || n.type === 'code') return n.value ?? '';
  return (n.children ?? []).map(textOf).join(n.type === 'tableRow' ? ' ' : '');
}

const lines = (chars: number, perLine = CHARS_PER_LINE) => Math.max(1, Math.ceil(chars / perLine));

function quizText(n: MdNode): number {
  const chars = textOf(n).length;
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute') continue;
    const v = a.value;
    if (a.name === 'choices' && v && typeof v === 'object' && 'value' in v) {
      const src = String((v as { value: unknown }).value);
      // One line per choice at least: count the quoted strings of the array.
      const choices = src.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
      return lines(chars) + choices.reduce((s, c) => s + lines(c.length, 70) + 0.5, 0) + 3;
    }
  }
  return lines(chars) + 4;
}

/** Estimated height of a block, in lines of slide text. Deterministic; tuned against the deck. */
export function weightOf(n: MdNode): number {
  switch (n.type) {
    case 'heading':
      return n.depth === 2 ? 2.2 : 1.6;
    case 'paragraph':
      return lines(textOf(n).length) + 0.6;
    case 'list':
      return (n.children ?? []).reduce((s, item) => s + lines(textOf(item).length, CHARS_PER_LINE - 6) + 0.25, 0.6);
    case 'table': {
      const rows = n.children ?? [];
      const cols = Math.max(1, rows[0]?.children?.length ?? 1);
      // A cell wraps inside its column; the longest cell of a row sets its height.
      return rows.reduce((s, row) => s + Math.max(...(row.children ?? []).map((c) => lines(textOf(c).length, (CHARS_PER_LINE * 0.8) / cols)), 1) * 1.15 + 0.4, 1);
    }
    case 'math':
      return 1.2 + (n.value ?? '').split('\\\\').length * 1.3;
    case 'code':
      return 1 + (n.value ?? '').split('\n').length * 0.9;
    case 'blockquote':
      return 1 + (n.children ?? []).reduce((s, c) => s + weightOf(c), 0);
    case 'thematicBreak':
      return 1;
    default:
      break;
  }
  if (isJsxNamed(n, 'Quiz')) return quizText(n);
  // The deck shows a challenge's goal only (components/slides/SlideChallenge), not its widget.
  if (isJsxNamed(n, 'Challenge')) return 3 + (n.children ?? []).filter((c) => !isJsx(c)).reduce((s, c) => s + weightOf(c), 0);
  if (isJsxNamed(n, 'Callout')) return 1.6 + (n.children ?? []).reduce((s, c) => s + weightOf(c), 0);
  if (isJsxNamed(n, STEP) || isJsxNamed(n, SLIDES_ONLY)) return (n.children ?? []).reduce((s, c) => s + weightOf(c), 0);
  if (isWidget(n)) return WIDGET_WEIGHT;
  if (n.type === 'mdxJsxFlowElement') return (n.children ?? []).reduce((s, c) => s + weightOf(c), 0) || 1;
  return 1;
}

const containsWidget = (n: MdNode): boolean => isWidget(n) || (!isJsxNamed(n, 'Challenge') && (n.children ?? []).some(containsWidget));

/** Drops `<ReadingOnly>` anywhere and unwraps `<SlidesOnly>`, for the deck. */
export function applySlideVisibility(nodes: MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (const n of nodes) {
    if (isJsxNamed(n, READING_ONLY)) continue;
    if (isJsxNamed(n, SLIDES_ONLY)) {
      out.push(...applySlideVisibility(n.children ?? []));
      continue;
    }
    out.push(n.children ? { ...n, children: applySlideVisibility(n.children) } : n);
  }
  return out;
}

interface Chunk {
  nodes: MdNode[];
  notes: MdNode[];
}

interface Section {
  heading: MdNode | null;
  title: string;
  /** Chunks the author separated with <SlideBreak />. */
  explicit: Chunk[];
}

/** Greedy fill of one author-made chunk: split when the budget or the one-widget rule says so. */
export function packChunk(chunk: Chunk, budget = SLIDE_BUDGET): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk = { nodes: [], notes: [] };
  let used = 0;
  let widgets = 0;
  for (const n of chunk.nodes) {
    const w = weightOf(n);
    const hasWidget = containsWidget(n);
    // A heading never ends a slide: it stays with what follows it.
    const onlyHeadings = cur.nodes.every((m) => m.type === 'heading');
    const full = used + w > budget || (hasWidget && widgets > 0);
    if (cur.nodes.length && !onlyHeadings && full) {
      // Text after the last widget introduces the next one: it moves along with it.
      let carried: MdNode[] = [];
      if (hasWidget && widgets > 0) {
        let last = cur.nodes.length - 1;
        while (last >= 0 && !containsWidget(cur.nodes[last])) last--;
        carried = cur.nodes.splice(last + 1);
      }
      out.push(cur);
      cur = { nodes: carried, notes: [] };
      used = carried.reduce((s, m) => s + weightOf(m), 0);
      widgets = 0;
    }
    cur.nodes.push(n);
    used += w;
    if (hasWidget) widgets++;
  }
  if (cur.nodes.length || !out.length) out.push(cur);
  // A heading, or a line announcing what follows ("Try these:"), left at the end of a slide
  // moves to the start of the next.
  const leadsOn = (n: MdNode | undefined) => n?.type === 'heading' || (n?.type === 'paragraph' && /:\s*$/.test(textOf(n)));
  for (let i = 0; i < out.length - 1; i++) {
    const last = out[i].nodes[out[i].nodes.length - 1];
    if (leadsOn(last) && out[i].nodes.length > 1) out[i + 1].nodes.unshift(out[i].nodes.pop()!);
  }
  // A split section's notes go with its last part, where the presenter finishes the section.
  out[out.length - 1].notes.push(...chunk.notes);
  return out;
}

/** Splits top-level nodes into sections at `##` and into explicit chunks at <SlideBreak />. */
function sectionsOf(nodes: MdNode[], lessonTitle: string): Section[] {
  const sections: Section[] = [];
  let sec: Section = { heading: null, title: lessonTitle, explicit: [{ nodes: [], notes: [] }] };
  const chunk = () => sec.explicit[sec.explicit.length - 1];
  for (const n of nodes) {
    if (n.type === 'heading' && n.depth === 2) {
      sections.push(sec);
      sec = { heading: n, title: textOf(n).trim(), explicit: [{ nodes: [n], notes: [] }] };
      continue;
    }
    if (isJsxNamed(n, SLIDE_BREAK)) {
      sec.explicit.push({ nodes: [], notes: [] });
      continue;
    }
    if (isJsxNamed(n, NOTES)) {
      chunk().notes.push(n);
      continue;
    }
    chunk().nodes.push(n);
  }
  sections.push(sec);
  // The opening slide exists even when the lesson starts straight with a heading.
  return sections.filter((s, i) => i === 0 || s.explicit.some((c) => c.nodes.length || c.notes.length));
}

function numberSteps(nodes: MdNode[]): number {
  let count = 0;
  const visit = (n: MdNode) => {
    if (isJsxNamed(n, STEP)) {
      count++;
      n.attributes = [...(n.attributes ?? []).filter((a) => a.name !== 'index'), { type: 'mdxJsxAttribute', name: 'index', value: String(count) }];
    }
    for (const c of n.children ?? []) visit(c);
  };
  nodes.forEach(visit);
  return count;
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
const el = (name: string, attributes: MdNode['attributes'], children: MdNode[]): MdNode => ({ type: 'mdxJsxFlowElement', name, attributes, children });

function titledHeading(heading: MdNode, part: number, parts: number): MdNode {
  if (parts === 1) return heading;
  return { ...heading, children: [...(heading.children ?? []), { type: 'text', value: ` (${part}/${parts})` }] };
}

/**
 * The whole split: returns the slides' metadata and the new top-level nodes, one
 * `<Slide index>` per slide holding a `<SlideBody>` and a `<SlideNotes>`.
 */
export function splitIntoSlides(nodes: MdNode[], lessonTitle: string, budget = SLIDE_BUDGET): { slides: SlideMeta[]; tree: MdNode[] } {
  const slides: SlideMeta[] = [];
  const tree: MdNode[] = [];
  for (const sec of sectionsOf(applySlideVisibility(nodes), lessonTitle)) {
    const chunks = sec.explicit.flatMap((c) => packChunk(c, budget));
    chunks.forEach((c, k) => {
      const parts = chunks.length;
      let body = c.nodes;
      if (sec.heading) {
        body = body.filter((n) => n !== sec.heading);
        body = [titledHeading(sec.heading, k + 1, parts), ...body];
      }
      const steps = numberSteps(body);
      const index = slides.length;
      slides.push({
        index,
        title: parts > 1 ? `${sec.title} (${k + 1}/${parts})` : sec.title,
        section: sec.title,
        part: k + 1,
        parts,
        steps,
        hasNotes: c.notes.length > 0,
        bodyChars: proseOf(body).length,
        pointers: [...new Set(proseOf(body).match(PAGE_POINTERS) ?? [])].map((w) => w.toLowerCase()),
      });
      tree.push(el(SLIDE, [attr('index', String(index))], [el(SLIDE_BODY, [], body), el(SLIDE_NOTES, [], c.notes)]));
    });
  }
  return { slides, tree };
}

/**
 * The deck's last slide, added after the lesson's own: what the room learned (the lesson's
 * objectives, rendered by components/slides/ClosingSlide), with speaker notes of its own.
 */
export function closingSlide(index: number, title: string, objectives: readonly string[]): SlideMeta {
  return { index, title, section: title, part: 1, parts: 1, steps: 0, hasNotes: true, bodyChars: objectives.join(' ').length, pointers: [] };
}

/** remark plugin: rewrites the lesson into slides (used only when compiling the deck). */
export function remarkSlides(out: SlideMeta[], lessonTitle: string, budget = SLIDE_BUDGET) {
  return () => (tree: MdNode) => {
    // ESM (import/export) stays at the top level, outside any slide.
    const esm = (tree.children ?? []).filter((n) => n.type === 'mdxjsEsm');
    const rest = (tree.children ?? []).filter((n) => n.type !== 'mdxjsEsm');
    const { slides, tree: slideNodes } = splitIntoSlides(rest, lessonTitle, budget);
    out.push(...slides);
    tree.children = [...esm, ...slideNodes];
  };
}
