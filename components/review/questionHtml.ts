/** A question's opening words as HTML, its inline math typeset by KaTeX (at build time, on the server). */
import katex from 'katex';
import type { QuestionPart } from '@/lib/content/mdxPlugins';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function questionHtml(parts: readonly QuestionPart[]): string {
  return parts.map((p) => ('tex' in p ? katex.renderToString(p.tex, { throwOnError: false }) : escape(p.text))).join('');
}
