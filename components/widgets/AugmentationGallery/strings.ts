/** Every user-facing string of AugmentationGallery (a Chinese edition replaces this file). */
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const S = {
  title: 'One image, many augmentations',
  loadingCompute: 'Loading the compute engine…',
  loadButton: 'Load the images',
  classLabel: 'Class',
  exampleLabel: 'Example (0–99)',
  seedLabel: 'Seed',
  newSeed: 'New draw',
  flipH: 'Flip left–right (p = ½)',
  flipV: 'Flip upside down (p = ½)',
  rotation: 'Max rotation (°)',
  shift: 'Max shift (px)',
  brightness: 'Max brightness change',
  contrast: 'Max contrast change',
  noise: 'Noise σ',
  original: 'Original',
  draw: (k: number) => `Draw ${k}`,
  describe: (d: { flipH: boolean; flipV: boolean; angle: number; dx: number; dy: number; brightness: number; contrast: number }) =>
    [d.flipH ? 'mirrored' : '', d.flipV ? 'upside down' : '', `turned ${d.angle.toFixed(0)}°`, `moved (${d.dx}, ${d.dy}) px`, `brightness ${d.brightness >= 0 ? '+' : ''}${d.brightness.toFixed(2)}`, `contrast ×${d.contrast.toFixed(2)}`].filter(Boolean).join(', '),
  figureLabel: (cls: string, n: number) => `The ${cls} and ${n} augmented copies of it, each drawn from the seed.`,
  vflipWarning: (cls: string) => `Upside-down ${cls.toLowerCase()}s never occur in Fashion-MNIST: every photo is upright. A vertical flip teaches the network about images it will never see and wastes capacity; keep it off for this data.`,
  hflipNote: 'A left–right mirror of a garment is still the same garment: this flip is safe here (it would not be for digits or text).',
};

/** How a setting a lesson or a link got wrong is named. */
const LABELS: Record<string, string> = { cls: S.classLabel, example: S.exampleLabel, seed: S.seedLabel, flipH: S.flipH, flipV: S.flipV, rotation: S.rotation, shift: S.shift, brightness: S.brightness, contrast: S.contrast, noise: S.noise };
export const ISSUES: IssueLabels = { label: (f) => (Object.hasOwn(LABELS, f) ? LABELS[f] : f) };
