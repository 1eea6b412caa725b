/**
 * The networks of the siamese-triplet lesson, as data (no TensorFlow.js here, so a widget can
 * count their parameters before the compute layer loads).
 */
import { smallCnnTrunk, type NetworkSpec } from './spec';

const TRUNK = smallCnnTrunk();

/** The shared CNN of the embedding trainer: the small CNN's trunk, 32 hidden units, 2 outputs. */
export const EMBEDDING_CNN: NetworkSpec = {
  input: [28, 28, 1],
  layers: [...TRUNK, { type: 'dense', units: 32 }, { type: 'activation', fn: 'relu' }, { type: 'dense', units: 2 }],
};

export const MULTI_TASK_CLASSES = 10;
/** The coarse groups of the ten classes: tops, bottoms, footwear, bags. */
export const FASHION_GROUPS = ['Tops', 'Bottoms', 'Footwear', 'Bags'] as const;
/** Group of each class, in FASHION_CLASSES order (T-shirt, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot). */
export const GROUP_OF_CLASS = [0, 1, 0, 0, 0, 2, 0, 2, 3, 2] as const;

/** The small CNN's trunk with one last dense layer of 10 + 4 units, split into two heads. */
export const MULTI_TASK_CNN: NetworkSpec = {
  input: [28, 28, 1],
  layers: [...TRUNK, { type: 'dense', units: MULTI_TASK_CLASSES + FASHION_GROUPS.length }],
};
