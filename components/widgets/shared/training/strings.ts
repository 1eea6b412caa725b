/** Every user-facing string of the shared training pieces (controls, curves, thumbnails, runs). */
import { formatSigned } from '@/lib/format/numberFormat';

const pct = (v: number | undefined) => (v === undefined ? '—' : `${(v * 100).toFixed(1)} %`);

export const trainingStrings = {
  train: 'Train',
  loadAndTrain: 'Load images and train',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  trainAgain: 'Train again',
  progressLabel: 'Training progress',
  states: {
    idle: 'Not trained yet.',
    loading: 'Loading…',
    running: 'Training…',
    paused: 'Paused.',
    done: 'Finished.',
    stopped: 'Stopped.',
    failed: 'Training failed.',
  },
  epochOf: (epoch: number, epochs: number) => `Epoch ${epoch} of ${epochs}`,
  batchOf: (batch: number, batches: number) => `batch ${batch} of ${batches}`,
  chartLabel: (title: string) => `${title}: line chart`,
  xImages: 'images seen',
  xEpochs: 'epoch',
  noData: 'No training run yet: press Train.',
  /** A run has started; its first points are still coming. */
  firstPoints: 'Training: the curves start at the first evaluation.',
  preparing: 'Preparing: loading the images and starting the WASM backend…',
  failed: (why: string) => `Training stopped with an error: ${why}`,
  classLabel: (name: string) => `Fashion-MNIST image: ${name}`,
  /** Runs kept side by side (useRuns): the table and the curves' labels. */
  runs: {
    caption: 'Runs so far (the last row is the latest)',
    headers: ['Run', 'Setting', 'Epochs', 'Train acc.', 'Test acc.', 'Gap'] as readonly string[],
    label: (n: number) => `Run ${n}`,
    test: (run: string) => `${run}: test`,
    train: (run: string) => `${run}: training`,
    pct,
    gap: (g: number | undefined) => (g === undefined ? '—' : `${formatSigned(g * 100, 1)} pts`),
  },
};
