/** Every user-facing string of OcclusionMap. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { VS } from '@/components/widgets/shared/visualise/strings';

const fields = { image: 'Test image', size: 'Square side', stride: 'Stride', fill: 'Square colour' };

export const S = {
  title: 'Occlusion: cover part of the image and watch the probability',
  note: `${VS.note} A grey square slides over the image; every position is one more pass through the network.`,
  fields,
  px: (n: number) => `${n} px`,
  fills: { grey: 'grey', black: 'black (the background)' } as Record<string, string>,
  positions: (rows: number, side: number, size: number, stride: number) =>
    `The square stops at ${rows} × ${rows} positions: ⌊(${side} − ${size}) / ${stride}⌋ + 1 = ${rows} per side, the convolution output formula again.`,
  summaryBox: (top: number, left: number, size: number) => `rows ${top}–${top + size - 1}, columns ${left}–${left + size - 1}`,
  lowest: (cls: string, base: string, low: string, where: string) => `p(${cls}) is ${base} for the whole image; it falls lowest, to ${low}, with the square over ${where}.`,
  targetNote: (cls: string, known: boolean) => (known ? `Mapped class: ${cls}, the image’s true class.` : `Mapped class: ${cls}, the class the network predicts (a drawing or photo has no true class).`),
  imageCaption: 'The image, with the square where it hurts most (dashed).',
  imageLabel: (what: string, where: string) => `${what}; the square that lowers the probability most covers ${where}.`,
  mapCaption: (cls: string) => `p(${cls}) at each pixel: the average over the square positions that covered it. Dark: covering this part hurts.`,
  mapLabel: (cls: string, low: string, high: string) => `Heat map of the probability of ${cls} with each part covered, from ${low} to ${high}.`,
  legendLabel: 'Colour key: dark blue is probability 0 %, yellow is 100 %.',
  low: '0 %',
  high: '100 %',
};

export const ISSUES: IssueLabels = { label: (f) => (fields as Record<string, string>)[f] ?? f };
