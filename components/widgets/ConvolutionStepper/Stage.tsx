import { useMemo } from 'react';
import type { ConvTrace } from '@/lib/compute/types';
import { DetailPanel } from '@/components/widgets/shared/stepper/DetailPanel';
import type { Geometry } from '@/components/widgets/shared/stepper/geometry';
import { OutputPanel } from '@/components/widgets/shared/stepper/OutputPanel';
import { PaddedInput, TEXT_LIMIT } from '@/components/widgets/shared/stepper/PaddedInput';
import { valueRange } from '@/components/widgets/shared/stepper/presets';
import { Blocked, imageNote, Pending, StageFrame, StagePanel } from '@/components/widgets/shared/stepper/Stage';
import type { ImageStatus } from '@/components/widgets/shared/stepper/useInputImage';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';

interface Props {
  hintId: string;
  image: ImageStatus;
  padding: number;
  geometry: Geometry | null;
  trace: ConvTrace | null;
  /** Why nothing can be computed (bad kernel cell, kernel too large, engine failed), or null. */
  blocked: string | null;
  step: number;
  onStep: (p: number) => void;
  focus: number;
  outChannels: number;
  kernelLabels?: readonly string[];
  summary: string;
}

/** The figure: padded input with its window, the window's arithmetic, and the output map(s). */
export function Stage({ hintId, image, padding, geometry, trace, blocked, step, onStep, focus, outChannels, kernelLabels, summary }: Props) {
  const ready = image.status === 'ready' ? image.image : null;
  const imageRange = useMemo(() => (ready ? valueRange(ready) : ([0, 1] as [number, number])), [ready]);
  const big = ready ? ready.width + 2 * padding > TEXT_LIMIT || ready.height + 2 * padding > TEXT_LIMIT : false;
  const note = imageNote(image, strings);
  return (
    <StageFrame className={big ? `${styles.stage} ${styles.big}` : styles.stage} label={strings.figureLabel} hintId={hintId} summary={summary} geometry={geometry} blocked={blocked} step={step} onStep={onStep}>
      <StagePanel area="input" title={ready ? strings.inputTitle(ready.height, ready.width, padding) : strings.inputLabel} legend={ready ? strings.inputLegend : undefined}>
        {ready ? <PaddedInput image={ready} padding={padding} geometry={blocked ? null : geometry} step={step} label={summary} /> : note ? <Pending {...note} /> : null}
      </StagePanel>
      {blocked ? (
        <Blocked text={blocked} />
      ) : geometry && ready ? (
        <>
          <StagePanel area="detail" title={strings.detailTitle}>
            {trace ? (
              <DetailPanel trace={trace} geometry={geometry} step={step} focus={focus} kernelLabels={kernelLabels} imageRange={imageRange} />
            ) : (
              <Pending text={strings.loadingEngine} />
            )}
          </StagePanel>
          <StagePanel
            area="output"
            part="output"
            title={outChannels > 1 ? strings.outputsTitle(outChannels, geometry.outH, geometry.outW) : strings.outputTitle(0, 1, geometry.outH, geometry.outW)}
            legend={trace ? strings.outputLegend : strings.loadingEngine}
          >
            <OutputPanel geometry={geometry} trace={trace} outChannels={outChannels} step={step} onSelect={onStep} />
          </StagePanel>
        </>
      ) : null}
    </StageFrame>
  );
}
