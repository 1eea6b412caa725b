/**
 * Small unified plugins that read the lesson tree while it compiles: the headings for the
 * table of contents and the quiz ids for progress. Tree walking is done by hand to keep the
 * dependency list short.
 */

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  // KaTeX output keeps the TeX source in an annotation; the TOC shows the plain text instead.
  if (node.tagName === 'annotation') return '';
  if (node.tagName === 'span' && hasClass(node, 'katex-mathml')) return '';
  return (node.children ?? []).map(textOf).join('');
}

function hasClass(node: Node, name: string) {
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.includes(name);
}

/** rehype: collect h2/h3 (after rehype-slug has given them ids). */
export function rehypeCollectHeadings(out: Heading[]) {
  return () => (tree: Node) => {
    walk(tree, (n) => {
      if (n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3')) {
        const id = n.properties?.id;
        if (typeof id === 'string') out.push({ depth: n.tagName === 'h2' ? 2 : 3, id, text: textOf(n).trim() });
      }
    });
  };
}

/** A question of a lesson, as the review page lists it. */
export interface QuestionInfo {
  id: string;
  /** "choice" | "multi" | "numeric" | "order" | "parameterised" | "challenge". */
  kind: string;
  /** The start of the question's text, plain (math as its TeX source). */
  text: string;
  /** The same start as text and inline math, so a list can typeset the math. */
  parts: QuestionPart[];
}

export type QuestionPart = { text: string } | { tex: string };

const MATH_OPEN = '\u0001';
const MATH_CLOSE = '\u0002';

/** Splits text whose math is fenced by MATH_OPEN/MATH_CLOSE, cut at about `max` characters (never inside math). */
function questionParts(fenced: string, max: number): QuestionPart[] {
  const parts: QuestionPart[] = [];
  let used = 0;
  for (const [i, piece] of fenced.split(new RegExp(`[${MATH_OPEN}${MATH_CLOSE}]`)).entries()) {
    if (!piece) continue;
    const math = i % 2 === 1;
    if (used + piece.length > max) {
      if (!math) parts.push({ text: `${piece.slice(0, Math.max(0, max - used)).trimEnd()}…` });
      else parts.push({ text: '…' });
      return parts;
    }
    parts.push(math ? { tex: piece } : { text: piece });
    used += piece.length;
  }
  return parts;
}

/** The plain text of a markdown subtree, skipping nested components (a challenge's widget). */
function mdText(node: Node): string {
  if (node.type === 'inlineMath') return `${MATH_OPEN}${node.value ?? ''}${MATH_CLOSE}`;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return node.name === 'Param' ? '…' : '';
  }
  const inner = (node.children ?? []).map(mdText);
  return node.type === 'paragraph' ? `${inner.join('')} ` : inner.join('');
}

const attr = (n: Node, name: string) => n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/** remark: collect every <Quiz> and <Challenge> (id, kind, text), and insist each has a unique id. */
export function remarkCollectQuizzes(out: QuestionInfo[], file: string) {
  return () => (tree: Node) => {
    walk(tree, (n) => {
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n.name === 'Quiz' || n.name === 'Challenge')) {
        const id = attr(n, 'id');
        if (typeof id !== 'string' || !id) throw new Error(`${file}: a <${n.name}> has no id="…" (needed to keep its answer)`);
        if (out.some((q) => q.id === id)) throw new Error(`${file}: two questions share the id "${id}"`);
        const kind = n.name === 'Challenge' ? 'challenge' : attr(n, 'generator') !== undefined ? 'parameterised' : String(attr(n, 'kind') ?? '');
        const fenced = (n.children ?? []).map(mdText).join('').replace(/\s+/g, ' ').trim();
        const text = fenced.replace(new RegExp(`[${MATH_OPEN}${MATH_CLOSE}]`, 'g'), '');
        out.push({ id, kind, text: text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text, parts: questionParts(fenced, 157) });
      }
    });
  };
}

interface VFileLike {
  messages: { reason: string; source?: string | null; line?: number | null; cause?: unknown }[];
}

/** rehype-katex only warns on bad TeX; a lesson must not ship broken math, so fail instead. */
export function rehypeFailOnMathErrors() {
  return (_tree: Node, file: VFileLike) => {
    const bad = file.messages.find((m) => m.source === 'rehype-katex');
    if (bad) {
      const cause = bad.cause instanceof Error ? `: ${bad.cause.message}` : '';
      throw new Error(`${bad.reason}${bad.line ? ` (line ${bad.line} of the lesson body)` : ''}${cause}`);
    }
  };
}

/**
 * Wide tables, code and display math scroll sideways on a phone; a keyboard user must be able
 * to reach and scroll them, so each becomes a focusable, labelled region.
 */
export function rehypeScrollableBlocks() {
  return (tree: Node) => {
    const visitChildren = (node: Node) => {
      const children = node.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.type === 'element' && child.tagName === 'table') {
          children[i] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' },
            children: [child],
          };
          continue;
        }
        if (child.type === 'element' && (child.tagName === 'pre' || hasClass(child, 'katex-display'))) {
          child.properties = { ...child.properties, tabIndex: 0 };
        }
        visitChildren(child);
      }
    };
    visitChildren(tree);
  };
}
