/** Every user-facing string of MultiTaskTrainer. */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'Multi-task: one trunk, two heads, one weighted loss',
  lambda: 'Weight λ of the group loss',
  seed: 'Seed',
  intro: (steps: number, batch: number, evalCount: number) =>
    `Trains for ${steps} steps of ${batch} images. Move λ while it trains: the next steps use the new weighting. Both heads are scored on ${evalCount} test images.`,
  heads: (trunk: string, head: string, classes: number, groups: number) =>
    `Shared trunk (two convolutions): ${trunk} parameters. Last dense layer: ${head} parameters, its ${classes + groups} outputs split into a class head (${classes}) and a group head (${groups}: tops, bottoms, footwear, bags).`,
  accuracy: { class: 'Class head (10 classes)', group: 'Group head (4 groups)' },
  chance: { class: 'chance 10 %', group: 'majority 50 %' },
  status: (step: number, total: number, lambda: string, c: string, g: string) => `Step ${step} of ${total}, λ = ${lambda}: class accuracy ${c}, group accuracy ${g}.`,
  done: 'Training finished.',
  paused: 'Paused.',
  chartCaption: 'Test accuracy of both heads while training (the shaded bar under the axis is λ at each point).',
  chartLabel: (n: number, c: string, g: string) => `Line chart of ${n} evaluations: class accuracy now ${c}, group accuracy now ${g}.`,
};

/** How a setting a lesson, a link or the reader got wrong is named. */
const LABELS: Record<string, string> = { lambda: S.lambda, seed: S.seed };
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };
