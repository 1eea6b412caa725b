'use client';
import { useId, useMemo } from 'react';
import { Alert } from '@/components/ui';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { EffectiveFieldPanel } from './EffectiveFieldPanel';
import { FieldTable } from './FieldTable';
import { MapsFigure } from './MapsFigure';
import { explorerModel } from './model';
import { StackControls } from './StackControls';
import { numbersError, schema, type PresetId } from './state';
import { SharingTable } from './SharingTable';
import { WeightCompare } from './WeightCompare';
import { ISSUES, S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

export interface ReceptiveFieldExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** The stack shown first (default two 3×3 convolutions). */
  preset?: PresetId;
  /** Side of the input (default 16). */
  side?: number;
  /** Channels in and out of each conv layer, for the weight counts (default 64). */
  channels?: number;
  /** ReLU between the layers of the random network (default true). */
  relu?: boolean;
  /**
   * Panels left off when the widget is shown on a slide, comma-separated: "layers" (the layer
   * editor; the stack menu stays), "weights" (the stack against one layer) and "sharing" (the
   * weight-sharing table). The reading view shows all.
   */
  slideHide?: string;
}

const SLIDE_PANELS = ['layers', 'weights', 'sharing'] as const;

export function ReceptiveFieldExplorer({ id, title = S.title, preset, side, channels, relu, slideHide = '' }: ReceptiveFieldExplorerProps) {
  const offSlide = new Set(slideHide.split(',').map((p) => p.trim()).filter((p) => (SLIDE_PANELS as readonly string[]).includes(p)));
  // The lesson names the stack `preset`; a named stack brings its layers (schema).
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, { stack: preset, side, channels, relu }, ISSUES);
  const idBase = useId().replace(/:/g, '');
  const errorId = `${id}-error`;
  const badNumber = numbersError(state);
  const model = useMemo(() => (badNumber ? null : explorerModel(state)), [badNumber, state]);
  const problem = badNumber ? wordIssue(badNumber.issue, ISSUES.label) : model && !model.ok ? model.error : null;
  return (
    <WidgetFrame name="ReceptiveFieldExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${styles.root} ${ui.focusScope}`} data-slide-layout>
        <StackControls
          state={state}
          set={set}
          invalid={badNumber?.field ?? null}
          errorId={errorId}
          failedAt={model && !model.ok ? model.failedAt : null}
          layersOffSlide={offSlide.has('layers')}
        />
        {problem || !model || !model.ok ? (
          <Alert id={errorId} title={S.invalidHeading}>
            {problem}
          </Alert>
        ) : (
          <>
            <MapsFigure idBase={idBase} layers={state.layers} maps={model.maps} unit={model.unit} fieldSize={model.field.size} onUnit={(unit) => set({ unit })} />
            <div className={styles.lower}>
              <EffectiveFieldPanel
                side={state.side}
                layers={state.layers}
                relu={state.relu}
                seed={state.seed}
                unit={model.unit}
                input={model.maps[0]}
                fieldSize={model.field.size}
                onNewDraw={() => set({ seed: (state.seed % 1_000_000) + 1 })}
              />
              <WeightCompare layers={state.layers} comparison={model.comparison} fieldSize={model.field.size} channels={state.channels} slideHidden={offSlide.has('weights')} />
            </div>
            <FieldTable maps={model.maps} />
            <SharingTable costs={model.costs} channels={state.channels} slideHidden={offSlide.has('sharing')} />
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
