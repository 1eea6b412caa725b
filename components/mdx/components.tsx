/**
 * Everything a lesson author may write in MDX. A new widget is one folder in
 * components/widgets plus one line here.
 */
import { Callout } from './Callout';
import { Notes } from './Notes';
import { Quiz } from './Quiz/Quiz';
import { BuildingBlocksPipeline } from './diagrams/BuildingBlocksPipeline';
import { ConvCostCounter } from '@/components/widgets/ConvCostCounter';
import { ConvolutionStepper } from '@/components/widgets/ConvolutionStepper';
import { Im2colView } from '@/components/widgets/Im2colView';
import { FcScaling } from '@/components/widgets/FcScaling';
import { LayerPattern } from '@/components/widgets/LayerPattern';

export const mdxComponents = {
  Callout,
  Notes,
  Quiz,
  BuildingBlocksPipeline,
  ConvCostCounter,
  ConvolutionStepper,
  Im2colView,
  FcScaling,
  LayerPattern,
};
