/**
 * Everything a lesson author may write in MDX. A new widget is one folder in components/widgets
 * plus a lazy entry (next/dynamic, in a 'use client' module) registered here or in its lesson's
 * file under lessonWidgets/, so each lesson page loads only the code of its own widgets.
 */
import { Callout } from './Callout';
import { Notes } from './Notes';
import { Quiz } from './Quiz/Quiz';
import { Challenge } from './Quiz/Challenge';
import { Param } from './Quiz/Param';
import { ReadingOnly, SlideBreak, SlidesOnly, Step } from '@/components/slides/markup';
import { BuildingBlocksPipeline } from './diagrams/BuildingBlocksPipeline';
import { ConvCostCounter, ConvolutionStepper, FcScaling, Im2colView, LayerPattern } from './coreWidgets.lazy';
import { widgets as receptiveFieldsWidgets } from './lessonWidgets/receptive-fields';
import { widgets as poolingWidgets } from './lessonWidgets/pooling';
import { widgets as activationsWidgets } from './lessonWidgets/activations';
import { widgets as batchNormWidgets } from './lessonWidgets/batch-norm';
import { widgets as fcDropoutWidgets } from './lessonWidgets/fc-dropout';
import { widgets as lossesWidgets } from './lessonWidgets/losses';
import { widgets as preprocessingWidgets } from './lessonWidgets/preprocessing';
import { widgets as classicNetworksWidgets } from './lessonWidgets/classic-networks';
import { widgets as inceptionWidgets } from './lessonWidgets/inception';
import { widgets as resnetWidgets } from './lessonWidgets/resnet';
import { widgets as lightweightNetworksWidgets } from './lessonWidgets/lightweight-networks';
import { widgets as attentionWidgets } from './lessonWidgets/attention';
import { widgets as siameseTripletWidgets } from './lessonWidgets/siamese-triplet';
import { widgets as compressionWidgets } from './lessonWidgets/compression';
import { widgets as trainingPracticeWidgets } from './lessonWidgets/training-practice';

export const mdxComponents = {
  Callout,
  Notes,
  Quiz,
  Challenge,
  Param,
  SlideBreak,
  ReadingOnly,
  SlidesOnly,
  Step,
  BuildingBlocksPipeline,
  ConvCostCounter,
  ConvolutionStepper,
  Im2colView,
  FcScaling,
  LayerPattern,
  ...receptiveFieldsWidgets,
  ...poolingWidgets,
  ...activationsWidgets,
  ...batchNormWidgets,
  ...fcDropoutWidgets,
  ...lossesWidgets,
  ...preprocessingWidgets,
  ...classicNetworksWidgets,
  ...inceptionWidgets,
  ...resnetWidgets,
  ...lightweightNetworksWidgets,
  ...attentionWidgets,
  ...siameseTripletWidgets,
  ...compressionWidgets,
  ...trainingPracticeWidgets,
};
