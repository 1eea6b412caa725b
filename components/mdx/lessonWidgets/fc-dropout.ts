/** The widgets the `fc-dropout` lesson uses; spread into the MDX map by components.tsx. */
import { ClassifierHeads, DropoutDemo, FcAsConv, PointwiseConv } from './fc-dropout.lazy';

export const widgets = { FcAsConv, PointwiseConv, ClassifierHeads, DropoutDemo };
