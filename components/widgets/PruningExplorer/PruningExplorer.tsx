'use client';
import { labWidget } from '@/components/widgets/shared/compression/labWidget';
import type { WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { PruningBody } from './PruningBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type PruningExplorerProps = WidgetProps<typeof schema>;

export const PruningExplorer = labWidget('PruningExplorer', schema, ISSUES, S, PruningBody);
