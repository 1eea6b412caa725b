/** Every user-facing string of OverfittingLab (the runs table's are in shared/training). */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { OverfitConfig } from './model';

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

export const S = {
  title: 'Overfitting a tiny training set, and closing the gap',
  perClass: 'Training images',
  perClassOption: (n: number) => `${n * 10} (${n} per class)`,
  epochs: 'Epochs',
  remedies: 'Remedies',
  dropout: 'Dropout (p = 0.5) before the output layer',
  weightDecay: 'Weight decay (λ = 0.001)',
  augment: 'Augmentation (mirror, ±10°, ±2 px, light, noise)',
  seed: 'Seed',
  chartCaption: 'Accuracy per epoch on the training images (dashed) and on 500 test images (solid)',
  describe: (c: OverfitConfig) =>
    [`${c.perClass * 10} images`, c.dropout ? 'dropout' : '', c.weightDecay ? 'weight decay' : '', c.augment ? 'augmentation' : '', !c.dropout && !c.weightDecay && !c.augment ? 'no regulariser' : '', `seed ${c.seed}`].filter(Boolean).join(' · '),
  announce: (epoch: number, total: number, train: number, test: number) => `Epoch ${epoch} of ${total}: training accuracy ${pct(train)}, test accuracy ${pct(test)}, gap ${((train - test) * 100).toFixed(1)} points.`,
};

/** How a setting a lesson or a link got wrong is named. */
const LABELS: Record<string, string> = { perClass: S.perClass, epochs: S.epochs, seed: S.seed, dropout: 'Dropout', weightDecay: 'Weight decay', augment: 'Augmentation' };
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };
