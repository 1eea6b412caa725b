/** Every widget challenge's grader, by name; one file per lesson. */
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

/** Names are global: a name two lessons both define is an error, not a silent override. */
export const challenges: Record<string, ChallengeDef> = {};
for (const [lesson, table] of Object.entries(perLesson)) {
  for (const [name, def] of Object.entries(table)) {
    if (name in challenges) throw new Error(`challenge "${name}" is defined twice (again in ${lesson})`);
    challenges[name] = def;
  }
}

export type { ChallengeDef, ChallengeParams } from './types';
