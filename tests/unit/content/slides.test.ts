import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '@/lib/content/compileLesson';
import { allLessons, type LessonSource } from '@/lib/content/lessons';
import { SLIDE_BUDGET, WIDGET_WEIGHT, isWidget, packChunk, weightOf, type MdNode } from '@/lib/content/slides';

const fake = (body: string): LessonSource => ({
  file: 'lessons/fake.mdx',
  body,
  title: 'Fake lesson',
  slug: 'fake',
  order: 1,
  summary: 's',
  objectives: ['o'],
  covers: ['000:3-2'],
});

const slidesOf = async (body: string) => (await compileLesson(fake(body), runtime, 'slides')).slides;

/** Renders one part of one slide of a compiled deck to HTML. */
async function render(body: string, pick: number, part: 'body' | 'notes') {
  const { Content } = await compileLesson(fake(body), runtime, 'slides');
  const C = Content as ComponentType<{ components: Record<string, unknown> }>;
  const components = {
    Slide: ({ index, children }: { index: string; children: unknown }) => (Number(index) === pick ? children : null),
    SlideBody: ({ children }: { children: unknown }) => (part === 'body' ? children : null),
    SlideNotes: ({ children }: { children: unknown }) => (part === 'notes' ? children : null),
    Notes: ({ children }: { children: unknown }) => createElement('aside', null, children as never),
    Step: ({ index, children }: { index: string; children: unknown }) => createElement('div', { 'data-step': index }, children as never),
    FakeWidget: () => createElement('div', { 'data-widget': 'Fake' }),
    Quiz: () => createElement('div', null, 'quiz'),
  };
  return renderToStaticMarkup(createElement(C, { components })).replace(/\n/g, '');
}

describe('splitting a lesson into slides', () => {
  it('starts a slide at every ## heading, with an opening slide titled after the lesson', async () => {
    const slides = await slidesOf('Intro text.\n\n## First\n\nOne.\n\n### A subsection\n\nStill first.\n\n## Second\n\nTwo.\n');
    expect(slides.map((s) => s.title)).toEqual(['Fake lesson', 'First', 'Second']);
    expect(slides.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(await render('Intro.\n\n## First\n\nOne.\n\n### Sub\n\nStill first.\n\n## Second\n\nTwo.\n', 1, 'body')).toMatch(/<h2[^>]*>First<\/h2><p>One.<\/p><h3[^>]*>Sub<\/h3><p>Still first.<\/p>$/);
  });

  it('keeps the opening slide when a lesson starts with a heading', async () => {
    const slides = await slidesOf('## Only\n\nText.\n');
    expect(slides.map((s) => s.title)).toEqual(['Fake lesson', 'Only']);
  });

  it('breaks at <SlideBreak />, numbering the parts of the section', async () => {
    const body = '## Long\n\nPart one.\n\n<SlideBreak />\n\nPart two.\n';
    const slides = await slidesOf(body);
    expect(slides.slice(1).map((s) => [s.title, s.part, s.parts])).toEqual([
      ['Long (1/2)', 1, 2],
      ['Long (2/2)', 2, 2],
    ]);
    expect(await render(body, 2, 'body')).toMatch(/^<h2[^>]*>Long \(2\/2\)<\/h2><p>Part two.<\/p>$/);
  });

  it('moves <Notes> out of the slide into its notes, so the deck can leave them out', async () => {
    const body = '## A\n\nShown.\n\n<Notes>\nSay this.\n</Notes>\n\n## B\n\nNo notes here.\n';
    const slides = await slidesOf(body);
    expect(slides.map((s) => s.hasNotes)).toEqual([false, true, false]);
    const html = await render(body, 1, 'body');
    expect(html).toContain('Shown.');
    expect(html).not.toContain('Say this');
    expect(await render(body, 1, 'notes')).toBe('<aside><p>Say this.</p></aside>');
  });

  it('counts the prose a slide shows (not headings, formulas, widgets or reading-only text) and flags "above"/"below"', async () => {
    const body = '## A\n\nOne **two** $x$ three.\n\n$$\ny = \\max x\n$$\n\n<FakeWidget />\n\n<ReadingOnly>\nAs shown below, a long aside.\n</ReadingOnly>\n\n## B\n\nThe figure above. Its slope is below 0.05 below about 4 bits.\n';
    const slides = await slidesOf(body);
    // Inline math counts, the display formula does not.
    expect(slides[1].bodyChars).toBe('One two x three.'.length);
    expect((await slidesOf('## A\n\nOne.\n\n- four\n- *five*\n'))[1].bodyChars).toBe('One. four five'.length);
    expect(slides[1].pointers).toEqual([]);
    expect(slides[2].pointers).toEqual(['above']);
  });

  it('drops <ReadingOnly> from the deck and keeps <SlidesOnly>', async () => {
    const body = '## A\n\n<ReadingOnly>\nLong derivation.\n</ReadingOnly>\n\n<SlidesOnly>\nShort version.\n</SlidesOnly>\n';
    const html = await render(body, 1, 'body');
    expect(html).not.toContain('Long derivation');
    expect(html).toContain('Short version.');
  });

  it('numbers <Step> builds within each slide', async () => {
    const body = '## A\n\n<Step>\nFirst.\n</Step>\n\n<Step>\nSecond.\n</Step>\n\n## B\n\n<Step>\nOnly.\n</Step>\n';
    const slides = await slidesOf(body);
    expect(slides.map((s) => s.steps)).toEqual([0, 2, 1]);
    expect(await render(body, 1, 'body')).toContain('<div data-step="1"><p>First.</p></div><div data-step="2"><p>Second.</p></div>');
    expect(await render(body, 2, 'body')).toContain('<div data-step="1">');
  });

  it('splits a section with two widgets into one slide each, titled (1/2) and (2/2)', async () => {
    const body = '## Two figures\n\nLook at this.\n\n<FakeWidget id="a" />\n\nAnd at this.\n\n<FakeWidget id="b" />\n';
    const slides = await slidesOf(body);
    expect(slides.slice(1).map((s) => s.title)).toEqual(['Two figures (1/2)', 'Two figures (2/2)']);
    expect((await render(body, 1, 'body')).match(/data-widget/g)).toHaveLength(1);
    expect(await render(body, 2, 'body')).toMatch(/^<h2[^>]*>Two figures \(2\/2\)<\/h2><p>And at this.<\/p><div data-widget="Fake"><\/div>$/);
  });

  it('splits long prose by its estimated height, never leaving a heading at the bottom of a slide', () => {
    const para = (n: number): MdNode => ({ type: 'paragraph', children: [{ type: 'text', value: 'x'.repeat(n) }] });
    const h3: MdNode = { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Sub' }] };
    const nodes = [para(800), para(800), h3, para(900), para(900)];
    const parts = packChunk({ nodes, notes: [] });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.nodes.reduce((s, n) => s + weightOf(n), 0)).toBeLessThanOrEqual(SLIDE_BUDGET + weightOf(h3));
      expect(p.nodes[p.nodes.length - 1].type).not.toBe('heading');
    }
    expect(parts.flatMap((p) => p.nodes)).toEqual(nodes);
  });

  it('counts widgets as large blocks and authoring markup as not widgets', () => {
    const jsx = (name: string): MdNode => ({ type: 'mdxJsxFlowElement', name, children: [] });
    expect(isWidget(jsx('ConvolutionStepper'))).toBe(true);
    expect(['Notes', 'Step', 'Callout', 'Quiz', 'Challenge', 'SlideBreak'].some((n) => isWidget(jsx(n)))).toBe(false);
    expect(weightOf(jsx('ConvolutionStepper'))).toBe(WIDGET_WEIGHT);
  });

  it('splits every lesson of the course deterministically, with every section and at most one widget per slide', async () => {
    for (const lesson of allLessons()) {
      const a = await compileLesson(lesson, runtime, 'slides');
      const b = await compileLesson({ ...lesson, body: `${lesson.body}\n` }, runtime, 'slides');
      expect(b.slides, `${lesson.file}: the split depends on the source alone`).toEqual(a.slides);
      const { headings } = await compileLesson(lesson, runtime);
      // The opening (the text before the first heading) may take more than one slide.
      const sections = [...new Set(a.slides.filter((s) => s.section !== a.slides[0].section).map((s) => s.section))];
      expect(sections, lesson.file).toEqual(headings.filter((h) => h.depth === 2).map((h) => h.text));
      expect(a.slides.filter((s) => s.hasNotes).length, `${lesson.file} keeps its notes`).toBeGreaterThan(0);
      const C = a.Content as ComponentType<{ components: Record<string, unknown> }>;
      for (const s of a.slides) {
        const stand = Object.fromEntries([...lesson.body.matchAll(/<([A-Z]\w*)/g)].map(([, name]) => [name, () => createElement('div', { 'data-widget': name })]));
        const html = renderToStaticMarkup(
          createElement(C, {
            components: {
              ...stand,
              // Authoring markup is not a widget: a build step holds slide content.
              Step: ({ children }: { children: unknown }) => children,
              // The deck shows a challenge's goal without its widget (components/slides/SlideChallenge).
              Challenge: () => createElement('div', { 'data-challenge': '' }),
              Slide: ({ index, children }: { index: string; children: unknown }) => (Number(index) === s.index ? children : null),
              SlideBody: ({ children }: { children: unknown }) => children,
              SlideNotes: () => null,
            },
          }),
        );
        const widgets = (html.match(/data-widget="(?!Quiz|Callout|Notes)/g) ?? []).length;
        expect(widgets, `${lesson.file} slide ${s.index + 1} (${s.title})`).toBeLessThanOrEqual(1);
      }
    }
  // Compiles all 18 lessons twice: about 25 s alone, more beside the other test files on two cores.
  }, 180_000);
});
