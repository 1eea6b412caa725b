/** Every user-facing string of FineTuneLab (the runs table's are in shared/training). */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { FineTuneConfig, TransferMode } from './model';

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

export const S = {
  title: 'Fine-tuning a pre-trained network for a new task',
  task: 'New task: four product groups (tops · bottoms & dresses · footwear · bags) instead of ten classes.',
  mode: 'Trunk (the pre-trained layers)',
  modes: {
    frozen: 'Frozen: train the new head only (CNN codes)',
    tenth: 'Fine-tune: trunk at 1/10 of the learning rate',
    full: 'Fine-tune: trunk at the full learning rate',
    scratch: 'From scratch: no pre-trained weights',
  } satisfies Record<TransferMode, string>,
  modeShort: { frozen: 'frozen', tenth: 'trunk ×0.1', full: 'trunk ×1', scratch: 'scratch' } satisfies Record<TransferMode, string>,
  perClass: 'Labelled images',
  perClassOption: (n: number) => `${n * 10} (${n} per original class)`,
  learningRate: 'Learning rate (head)',
  epochs: 'Epochs',
  seed: 'Seed',
  modelLoading: 'Loading the pre-trained network…',
  modelFailed: (why: string) => `The pre-trained network could not be loaded: ${why}`,
  retry: 'Try again',
  about: (acc: number, epochs: number) => `Pre-trained on all 6,000 training images, ten classes, ${epochs} epochs: ${pct(acc)} on the ten-class test set.`,
  chartCaption: 'Four-group accuracy per epoch on the training images (dashed) and on 500 test images (solid)',
  describe: (c: FineTuneConfig) => `${S.modeShort[c.mode]} · ${c.perClass * 10} images · lr ${c.learningRate} · seed ${c.seed}`,
  announce: (epoch: number, total: number, train: number, test: number) => `Epoch ${epoch} of ${total}: training accuracy ${pct(train)}, test accuracy ${pct(test)}.`,
  modelMissing: 'The pre-trained network is not loaded yet.',
};

/** How a setting a lesson or a link got wrong is named. */
const LABELS: Record<string, string> = { mode: S.mode, perClass: S.perClass, learningRate: S.learningRate, epochs: S.epochs, seed: S.seed };
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };
