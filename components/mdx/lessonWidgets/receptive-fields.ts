/** The widgets the `receptive-fields` lesson uses; spread into the MDX map by components.tsx. */
import { ReceptiveFieldExplorer } from './receptive-fields.lazy';

export const widgets = { ReceptiveFieldExplorer };
