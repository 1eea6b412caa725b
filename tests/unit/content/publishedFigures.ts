/**
 * Figures the lessons quote from papers rather than compute: accuracies, error rates, training
 * times. Each is written down once here with the table or sentence it comes from, and
 * publishedFigures.test.ts checks that the lesson prints it exactly so.
 */
export interface PublishedFigure {
  slug: string;
  /** The lesson's words, as printed. */
  text: string;
  source: string;
}

const alexnet = 'Krizhevsky, Sutskever and Hinton, ImageNet Classification with Deep Convolutional Neural Networks (NeurIPS 2012)';

export const PUBLISHED: readonly PublishedFigure[] = [
  { slug: 'classic-networks', text: 'a top-5 error of 15.3% against 26.2% for the best entry without deep learning', source: `${alexnet}, Table 2 (test set; SIFT + FVs)` },
  { slug: 'classic-networks', text: 'five to six days on the two GPUs', source: `${alexnet}, section 5` },
  {
    slug: 'classic-networks',
    text: 'one network alone had a top-5 error of 18.2 % on the validation set, the average of five such networks 16.4 %, and the average of seven (two of them first trained on a 15-million-image release of ImageNet, then fine-tuned) 15.4 %, which scored 15.3 % on the test set',
    source: `${alexnet}, Table 2 (1 CNN, 5 CNNs, 7 CNNs*) and section 6`,
  },
  {
    slug: 'lightweight-networks',
    text: "57.5 % top-1 and 80.3 % top-5 against AlexNet's 57.2 % and 80.3 % in its Table 2",
    source: 'Iandola et al., SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB model size (arXiv:1602.07360), Table 2',
  },
];
