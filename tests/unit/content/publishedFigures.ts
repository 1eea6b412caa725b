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

const googlenet = 'Szegedy et al., Going Deeper with Convolutions (CVPR 2015, arXiv:1409.4842)';
const resnet = 'He, Zhang, Ren and Sun, Deep Residual Learning for Image Recognition (CVPR 2016)';

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
  { slug: 'inception', text: 'won the classification task of ILSVRC 2014 with a top-5 error of 6.67 %', source: `${googlenet}, Table 2` },
  { slug: 'inception', text: '40 % of the pooled features are dropped before the classifier', source: `${googlenet}, Table 1 and section 5` },
  { slug: 'inception', text: 'dropout "remained essential even after removing the fully connected layers"', source: `${googlenet}, section 5` },
  { slug: 'inception', text: 'dropout of 70 % and a 1000-way softmax', source: `${googlenet}, section 5 (auxiliary classifiers)` },
  { slug: 'inception', text: "the paper's claim of 12 times fewer parameters than AlexNet", source: `${googlenet}, section 1` },
  { slug: 'resnet', text: 'the difficulty is "unlikely to be caused by vanishing gradients"', source: `${resnet}, section 4.1` },
  { slug: 'resnet', text: 'Their clearest example (He et al., 2016, Figure 1) is on CIFAR-10', source: `${resnet}, Figure 1` },
];
