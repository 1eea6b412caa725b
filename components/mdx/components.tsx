/**
 * Everything a lesson author may write in MDX. A new widget is one folder in
 * components/widgets plus one line here.
 */
import { Callout } from './Callout';
import { Notes } from './Notes';
import { Quiz } from './Quiz/Quiz';
import { BuildingBlocksPipeline } from './diagrams/BuildingBlocksPipeline';
import { ConvCostCounter } from '@/components/widgets/ConvCostCounter';
import { FcScaling } from '@/components/widgets/FcScaling';
import { LayerPattern } from '@/components/widgets/LayerPattern';

export const mdxComponents = {
  Callout,
  Notes,
  Quiz,
  BuildingBlocksPipeline,
  ConvCostCounter,
  FcScaling,
  LayerPattern,
};
