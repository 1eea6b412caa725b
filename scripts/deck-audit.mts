/**
 * How far each lesson's deck is from "slides written as slides" (issue 16): per lesson, the
 * slides, those without speaker notes, those over the body-text limit, and those that point
 * "above" or "below". `npx tsx scripts/deck-audit.mts [slug…] [--slides]` (--slides lists each slide).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { allLessons } from '../lib/content/lessons';
import { SLIDE_BODY_LIMIT, splitIntoSlides, type MdNode } from '../lib/content/slides';

/** The deck's split, as the build makes it (lib/content/compileLesson.ts), without compiling the MDX. */
function slidesOf(body: string, title: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(body) as MdNode;
  const nodes = (tree.children ?? []).filter((n) => n.type !== 'mdxjsEsm');
  return splitIntoSlides(nodes, title).slides;
}

const args = process.argv.slice(2);
const listEach = args.includes('--slides');
const slugs = args.filter((a) => !a.startsWith('--'));

async function main() {
  const totals = { slides: 0, noNotes: 0, long: 0, pointing: 0 };
  for (const lesson of allLessons()) {
    if (slugs.length && !slugs.includes(lesson.slug)) continue;
    const slides = slidesOf(lesson.body, lesson.title);
    const noNotes = slides.filter((s) => !s.hasNotes);
    const long = slides.filter((s) => s.bodyChars > SLIDE_BODY_LIMIT);
    const pointing = slides.filter((s) => s.pointers.length);
    const longest = Math.max(...slides.map((s) => s.bodyChars));
    console.log(`${lesson.slug.padEnd(22)} ${String(slides.length).padStart(3)} slides · ${String(noNotes.length).padStart(3)} without notes · ${String(long.length).padStart(3)} over ${SLIDE_BODY_LIMIT} chars (longest ${longest}) · ${pointing.length} point above/below`);
    if (listEach)
      for (const s of slides)
        console.log(`   ${String(s.index + 1).padStart(3)} ${s.hasNotes ? 'notes' : '-----'} ${String(s.bodyChars).padStart(5)} ${s.pointers.length ? `[${s.pointers.join(',')}] ` : ''}${s.title}`);
    totals.slides += slides.length;
    totals.noNotes += noNotes.length;
    totals.long += long.length;
    totals.pointing += pointing.length;
  }
  console.log(`total: ${totals.slides} slides, ${totals.noNotes} without notes, ${totals.long} over ${SLIDE_BODY_LIMIT} chars, ${totals.pointing} pointing above/below`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
