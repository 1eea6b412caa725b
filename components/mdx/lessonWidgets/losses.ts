/** The widgets the `losses` lesson uses; spread into the MDX map by components.tsx. */
import { LossExplorer } from './losses.lazy';

export const widgets = { LossExplorer };
