/** Every user-facing string of EmbeddingTrainer (a later edition can translate this file). */
import { wordIssue, type IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { Issue } from '@/lib/store/schema';

export const S = {
  title: 'Embedding trainer: one shared CNN, a 2-D embedding, trained live',
  lossLegend: 'Loss',
  lossNames: { contrastive: 'Contrastive (pairs)', triplet: 'Triplet', quadruplet: 'Quadruplet' },
  metricLegend: 'Distance',
  metricNames: { euclidean: 'Euclidean', cosine: 'Cosine (1 − cos)' },
  miningLegend: 'Negatives',
  miningNames: { random: 'Random', semiHard: 'Semi-hard', hard: 'Hardest' },
  /** The margin's label when it is the only one (every loss but the quadruplet). */
  marginAlone: 'Margin α',
  labels: { margin: 'Margin α (α1)', margin2: 'Second margin α2', seed: 'Seed', query: 'Query image' },
  loadingCompute: 'Loading the compute engine…',
  startingBackend: 'Starting the fastest training backend…',
  idle: (steps: number, batch: string) => `Press the button to train the shared CNN for ${steps} steps of ${batch} images; the scatter redraws while it learns.`,
  progress: (step: number, total: number, loss: string, ratio: string, acc: string) =>
    `Step ${step} of ${total}. Loss ${loss}. Within/between distance ${ratio}. Nearest-neighbour accuracy ${acc}.`,
  paused: 'Paused.',
  done: 'Training finished.',
  stale: 'The settings changed, so the network was reset: press Train to learn with the new ones.',
  backend: (b: string) => `Training in this browser, ${({ wasm: 'with WebAssembly', webgl: 'on the graphics card', cpu: 'in plain JavaScript' } as Record<string, string>)[b] ?? `with ${b}`}.`,
  batch: (p: number, k: number) => `${p} classes × ${k}`,
  shared: {
    title: 'Every branch is the same network',
    caption: (branches: number, params: string) =>
      `The ${branches} branches are one CNN applied ${branches} times: all point at the same weights W, ${params} parameters in total, not ${branches} copies.`,
    weights: (params: string) => `W: ${params} parameters`,
    branchNames: { contrastive: ['x₁', 'x₂'], triplet: ['anchor', 'positive', 'negative'], quadruplet: ['anchor', 'positive', 'negative 1', 'negative 2'] },
    cnn: 'CNN f(x; W)',
    out: '2-D point',
  },
  scatter: {
    title: 'Embedding of 300 test images (30 per class)',
    label: (n: number, ratio: string, acc: string, query: string) =>
      `Scatter of ${n} test images placed at their 2-D embeddings, coloured by class. Within-class over between-class distance ${ratio}; nearest-neighbour accuracy ${acc}. Selected: ${query}. Arrow keys move the selection (left and right: next image; up and down: next class).`,
    hint: 'Hover a point to see its image; or focus the plot and use the arrow keys. The selected image is the retrieval query below.',
    cosine: 'With cosine distance only the direction counts, so points are drawn on the unit circle at their angle.',
    empty: 'The scatter appears once the images are loaded.',
    legend: 'Classes',
  },
  stats: {
    ratio: 'Within / between class distance',
    accuracy: 'Nearest-neighbour accuracy',
    loss: 'Loss (last batch)',
    active: 'Tuples still violating the margin',
    step: 'Step',
  },
  retrieval: {
    title: 'Retrieval: the query and its nearest neighbours',
    query: (cls: string, i: number, n: number) => `Query: image ${i + 1} of ${n}, ${cls}`,
    neighbour: (rank: number, cls: string, d: string, same: boolean) => `${rank}. ${cls}, distance ${d}${same ? ', same class' : ', other class'}`,
    same: 'same class',
    other: 'other class',
    summary: (k: number, hits: number) => `${hits} of the ${k} nearest share the query's class.`,
    previous: 'Previous image',
    next: 'Next image',
  },
  errors: {
    marginOrder: 'The quadruplet loss wants α2 smaller than α1: the second term only supports the first (Chen et al. use α1 = 1, α2 = 0.5).',
  },
};

/** How a setting a lesson, a link or the reader got wrong is named (loss, metric, mining by their keys). */
export const ISSUES: IssueLabels = {
  label: (f) => (Object.hasOwn(S.labels, f) ? S.labels[f as keyof typeof S.labels] : f),
  detail: (reason) => (reason === 'margin-order' ? S.errors.marginOrder : reason),
};

/** A problem in the settings, as the error box says it: the margin order alone, as a sentence. */
export const problemText = (issue: Issue) => (issue.detail === 'margin-order' ? S.errors.marginOrder : wordIssue(issue, ISSUES.label, ISSUES.detail));
