'use client';
import { labWidget } from '@/components/widgets/shared/compression/labWidget';
import type { WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { QuantisationBody } from './QuantisationBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type QuantisationExplorerProps = WidgetProps<typeof schema>;

export const QuantisationExplorer = labWidget('QuantisationExplorer', schema, ISSUES, S, QuantisationBody);
