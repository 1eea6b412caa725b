/** Every user-facing string of DistillationTrainer. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { Issue } from '@/lib/store/schema';
import { S as C } from '@/components/widgets/shared/compression/strings';

const WHOLE = new Set(['perClass', 'seed', 'image']);
const fields = { temperature: 'Temperature T', alpha: 'Weight α of the soft targets', perClass: 'Labelled images per class', seed: 'Seed', image: 'Test image' };
const name = (field: string) => (fields as Record<string, string>)[field] ?? field;

export const S = {
  title: 'Distillation: a small student taught by the trained network',
  note: 'Uses the trained classifier as the teacher; trains two copies of a much smaller student (same seed, same batches), one with the teacher’s soft targets and one on the labels alone.',
  fields,
  /** A value the reader set that cannot be used, in the widget's own words (whole numbers say so). */
  fieldError: (issue: Issue) => `${name(issue.field)} must be ${WHOLE.has(issue.field) ? 'a whole number' : 'a number'} from ${issue.min} to ${issue.max}.`,
  softHeading: 'Soft targets of one test image',
  imageLabel: (n: number) => `Test image (1 to ${n})`,
  prev: 'Previous image',
  next: 'Next image',
  softCaption: (t: number) => `The teacher’s probabilities: outline at T = 1, filled at T = ${t}. A higher T lifts the small ones, which say which classes look alike.`,
  softLabel: (t: number, top: string) => `Bar chart of the teacher's ten class probabilities at T = ${t}: ${top}.`,
  truth: (name: string, guess: string, p: string) => `Label: ${name}. The teacher says ${guess} (${p} at T = 1).`,
  entropy: (bits: string, t: number) => `Entropy of the soft targets at T = ${t}: ${bits} bits (10 classes: at most 3.32).`,
  trainHeading: 'Distilled vs alone',
  setup: (images: number, steps: number, params: string, teacherParams: string) =>
    `Both students have ${params} weights (the teacher ${teacherParams}), see ${images.toLocaleString('en-US')} labelled images, and train ${steps} batches of 32 with Adam. The distilled one also sees the teacher’s outputs on the same images.`,
  curvesTitle: 'Test accuracy of the two students',
  distilled: (t: number, a: number) => `distilled (T = ${t}, α = ${a})`,
  alone: 'alone (labels only)',
  xSteps: 'batches',
  detail: (step: number, steps: number) => `batch ${step} of ${steps}`,
  report: (step: number, steps: number, d: string, a: string) => `Batch ${step} of ${steps}: distilled ${d}, alone ${a}.`,
  result: (d: string, a: string) => `Finished: distilled ${d}, alone ${a} on the 1,000 test images.`,
  percent: C.percent,
};

/** How a setting a link or the lesson got wrong is named. */
export const ISSUES: IssueLabels = { label: name };
