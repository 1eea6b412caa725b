/** Every parameterised question's generator, by name; one file per lesson. */
import { mergeTables } from '../registry';
import type { QuestionGenerator } from './types';
import { generators as activations } from './activations';
import { generators as attention } from './attention';
import { generators as batchNorm } from './batch-norm';
import { generators as classicNetworks } from './classic-networks';
import { generators as compression } from './compression';
import { generators as convolution } from './convolution';
import { generators as fcDropout } from './fc-dropout';
import { generators as inception } from './inception';
import { generators as lightweightNetworks } from './lightweight-networks';
import { generators as losses } from './losses';
import { generators as pooling } from './pooling';
import { generators as preprocessing } from './preprocessing';
import { generators as receptiveFields } from './receptive-fields';
import { generators as resnet } from './resnet';
import { generators as siameseTriplet } from './siamese-triplet';
import { generators as trainingPractice } from './training-practice';
import { generators as whatIsACnn } from './what-is-a-cnn';

const perLesson: Record<string, Record<string, QuestionGenerator>> = {
  'activations': activations,
  'attention': attention,
  'batch-norm': batchNorm,
  'classic-networks': classicNetworks,
  'compression': compression,
  'convolution': convolution,
  'fc-dropout': fcDropout,
  'inception': inception,
  'lightweight-networks': lightweightNetworks,
  'losses': losses,
  'pooling': pooling,
  'preprocessing': preprocessing,
  'receptive-fields': receptiveFields,
  'resnet': resnet,
  'siamese-triplet': siameseTriplet,
  'training-practice': trainingPractice,
  'what-is-a-cnn': whatIsACnn,
};

export const generators: Record<string, QuestionGenerator> = mergeTables('question generator', perLesson);

export type { GeneratedQuestion, QuestionGenerator } from './types';
