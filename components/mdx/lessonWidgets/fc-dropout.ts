/** The widgets the `fc-dropout` lesson uses; spread into the MDX map by components.tsx. */
import { ClassifierHeads } from '@/components/widgets/ClassifierHeads';
import { DropoutDemo } from '@/components/widgets/DropoutDemo';
import { FcAsConv } from '@/components/widgets/FcAsConv';
import { PointwiseConv } from '@/components/widgets/PointwiseConv';

export const widgets = { FcAsConv, PointwiseConv, ClassifierHeads, DropoutDemo };
