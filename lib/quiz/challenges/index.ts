/** Every widget challenge's grader, by name; one file per lesson. */
import { mergeTables } from '../registry';
import type { ChallengeDef } from './types';
import { challenges as activations } from './activations';
import { challenges as attention } from './attention';
import { challenges as batchNorm } from './batch-norm';
import { challenges as classicNetworks } from './classic-networks';
import { challenges as compression } from './compression';
import { challenges as convolution } from './convolution';
import { challenges as fcDropout } from './fc-dropout';
import { challenges as inception } from './inception';
import { challenges as lightweightNetworks } from './lightweight-networks';
import { challenges as losses } from './losses';
import { challenges as pooling } from './pooling';
import { challenges as preprocessing } from './preprocessing';
import { challenges as receptiveFields } from './receptive-fields';
import { challenges as resnet } from './resnet';
import { challenges as siameseTriplet } from './siamese-triplet';
import { challenges as trainingPractice } from './training-practice';
import { challenges as whatIsACnn } from './what-is-a-cnn';

const perLesson: Record<string, Record<string, ChallengeDef>> = {
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

export const challenges: Record<string, ChallengeDef> = mergeTables('challenge', perLesson);

export type { ChallengeDef, ChallengeParams } from './types';
