/**
 * The quiz machinery of every lesson in one table: its widget challenges' graders and its
 * parameterised questions' generators (one file of each per lesson). A new lesson is one line.
 */
import { mergeTables } from './registry';
import type { ChallengeDef } from './challenges/types';
import type { QuestionGenerator } from './generators/types';
import { challenges as activationsChallenges } from './challenges/activations';
import { generators as activationsGenerators } from './generators/activations';
import { challenges as attentionChallenges } from './challenges/attention';
import { generators as attentionGenerators } from './generators/attention';
import { challenges as batchNormChallenges } from './challenges/batch-norm';
import { generators as batchNormGenerators } from './generators/batch-norm';
import { challenges as classicNetworksChallenges } from './challenges/classic-networks';
import { generators as classicNetworksGenerators } from './generators/classic-networks';
import { challenges as compressionChallenges } from './challenges/compression';
import { generators as compressionGenerators } from './generators/compression';
import { challenges as convolutionChallenges } from './challenges/convolution';
import { generators as convolutionGenerators } from './generators/convolution';
import { challenges as fcDropoutChallenges } from './challenges/fc-dropout';
import { generators as fcDropoutGenerators } from './generators/fc-dropout';
import { challenges as inceptionChallenges } from './challenges/inception';
import { generators as inceptionGenerators } from './generators/inception';
import { challenges as lightweightNetworksChallenges } from './challenges/lightweight-networks';
import { generators as lightweightNetworksGenerators } from './generators/lightweight-networks';
import { challenges as lossesChallenges } from './challenges/losses';
import { generators as lossesGenerators } from './generators/losses';
import { challenges as poolingChallenges } from './challenges/pooling';
import { generators as poolingGenerators } from './generators/pooling';
import { challenges as preprocessingChallenges } from './challenges/preprocessing';
import { generators as preprocessingGenerators } from './generators/preprocessing';
import { challenges as receptiveFieldsChallenges } from './challenges/receptive-fields';
import { generators as receptiveFieldsGenerators } from './generators/receptive-fields';
import { challenges as resnetChallenges } from './challenges/resnet';
import { generators as resnetGenerators } from './generators/resnet';
import { challenges as siameseTripletChallenges } from './challenges/siamese-triplet';
import { generators as siameseTripletGenerators } from './generators/siamese-triplet';
import { challenges as trainingPracticeChallenges } from './challenges/training-practice';
import { generators as trainingPracticeGenerators } from './generators/training-practice';
import { challenges as visualisingCnnsChallenges } from './challenges/visualising-cnns';
import { generators as visualisingCnnsGenerators } from './generators/visualising-cnns';
import { challenges as whatIsACnnChallenges } from './challenges/what-is-a-cnn';
import { generators as whatIsACnnGenerators } from './generators/what-is-a-cnn';

interface LessonQuiz {
  challenges: Record<string, ChallengeDef>;
  generators: Record<string, QuestionGenerator>;
}

const byLesson: Record<string, LessonQuiz> = {
  'activations': { challenges: activationsChallenges, generators: activationsGenerators },
  'attention': { challenges: attentionChallenges, generators: attentionGenerators },
  'batch-norm': { challenges: batchNormChallenges, generators: batchNormGenerators },
  'classic-networks': { challenges: classicNetworksChallenges, generators: classicNetworksGenerators },
  'compression': { challenges: compressionChallenges, generators: compressionGenerators },
  'convolution': { challenges: convolutionChallenges, generators: convolutionGenerators },
  'fc-dropout': { challenges: fcDropoutChallenges, generators: fcDropoutGenerators },
  'inception': { challenges: inceptionChallenges, generators: inceptionGenerators },
  'lightweight-networks': { challenges: lightweightNetworksChallenges, generators: lightweightNetworksGenerators },
  'losses': { challenges: lossesChallenges, generators: lossesGenerators },
  'pooling': { challenges: poolingChallenges, generators: poolingGenerators },
  'preprocessing': { challenges: preprocessingChallenges, generators: preprocessingGenerators },
  'receptive-fields': { challenges: receptiveFieldsChallenges, generators: receptiveFieldsGenerators },
  'resnet': { challenges: resnetChallenges, generators: resnetGenerators },
  'siamese-triplet': { challenges: siameseTripletChallenges, generators: siameseTripletGenerators },
  'training-practice': { challenges: trainingPracticeChallenges, generators: trainingPracticeGenerators },
  'visualising-cnns': { challenges: visualisingCnnsChallenges, generators: visualisingCnnsGenerators },
  'what-is-a-cnn': { challenges: whatIsACnnChallenges, generators: whatIsACnnGenerators },
};

const each = <K extends keyof LessonQuiz>(key: K) => Object.fromEntries(Object.entries(byLesson).map(([slug, q]) => [slug, q[key]])) as Record<string, LessonQuiz[K]>;

/** Every widget challenge's grader, by name (names are global across lessons). */
export const challenges: Record<string, ChallengeDef> = mergeTables('challenge', each('challenges'));
/** Every parameterised question's generator, by name. */
export const generators: Record<string, QuestionGenerator> = mergeTables('question generator', each('generators'));
