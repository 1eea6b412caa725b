/**
 * Everything a lesson author may write in MDX: the components below and every widget of the
 * registry (widgets.lazy.tsx, one line per widget, each loaded only where a lesson shows it).
 */
import { Callout } from './Callout';
import { Notes } from './Notes';
import { Quiz } from './Quiz/Quiz';
import { Challenge } from './Quiz/Challenge';
import { Param } from './Quiz/Param';
import { ReadingOnly, SlideBreak, SlidesOnly, Step } from '@/components/slides/markup';
import { BuildingBlocksPipeline } from './diagrams/BuildingBlocksPipeline';
import { ResidualBlockDiagram } from './diagrams/ResidualBlockDiagram';
import { InceptionModuleDiagram } from './diagrams/InceptionModuleDiagram';
import { NormalisationAxesDiagram } from './diagrams/NormalisationAxesDiagram';
import { LightUnitDiagram } from './diagrams/LightUnitDiagram';
import { MetricNetworkDiagram } from './diagrams/MetricNetworkDiagram';
import { TransferLearningDiagram } from './diagrams/TransferLearningDiagram';
import { ConvDimensionsDiagram } from './diagrams/ConvDimensionsDiagram';
import { CnnHistoryDiagram } from './diagrams/CnnHistoryDiagram';
import { AccuracyComputeChart } from './diagrams/AccuracyComputeChart';
import { ClassicNetworkDiagram } from './diagrams/ClassicNetworkDiagram';
import { DropoutNetworksDiagram } from './diagrams/DropoutNetworksDiagram';
import * as widgets from './widgets.lazy';

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
  ResidualBlockDiagram,
  InceptionModuleDiagram,
  NormalisationAxesDiagram,
  LightUnitDiagram,
  MetricNetworkDiagram,
  TransferLearningDiagram,
  ConvDimensionsDiagram,
  CnnHistoryDiagram,
  AccuracyComputeChart,
  ClassicNetworkDiagram,
  DropoutNetworksDiagram,
  ...widgets,
};
