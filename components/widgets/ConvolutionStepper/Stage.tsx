import { useMemo, type KeyboardEvent } from 'react';
import { Alert } from '@/components/ui';
import type { ConvTrace } from '@/lib/compute/types';
import { DetailPanel } from './DetailPanel';
import { stepByKey, type Geometry } from '@/components/widgets/shared/stepper/geometry';
import { OutputPanel } from '@/components/widgets/shared/stepper/OutputPanel';
import { PaddedInput, TEXT_LIMIT } from '@/components/widgets/shared/stepper/PaddedInput';
import { valueRange } from '@/components/widgets/shared/stepper/presets';
import type { ImageStatus } from '@/components/widgets/shared/stepper/useInputImage';
import { strings } from './strings';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import styles from './ConvolutionStepper.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';

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
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!geometry || e.target !== e.currentTarget) return;
    const next = stepByKey(e.key, step, geometry);
    if (next === null) return;
    e.preventDefault();
    onStep(next);
  };
  const ready = image.status === 'ready' ? image.image : null;
  const imageRange = useMemo(() => (ready ? valueRange(ready) : ([0, 1] as [number, number])), [ready]);
  const big = ready ? ready.width + 2 * padding > TEXT_LIMIT || ready.height + 2 * padding > TEXT_LIMIT : false;
  return (
    <div className={big ? `${styles.stage} ${styles.big}` : styles.stage} tabIndex={0} role="group" aria-label={strings.figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
      <p className={stepper.srOnly}>{summary}</p>
      <section className={`${stepper.panel} ${styles.inputArea}`}>
        <h4 className={stepper.panelTitle}>{ready ? strings.inputTitle(ready.height, ready.width, padding) : strings.inputLabel}</h4>
        {ready ? (
          <>
            <PaddedInput image={ready} padding={padding} geometry={blocked ? null : geometry} step={step} label={summary} />
            <p className={stepper.legend}>{strings.inputLegend}</p>
          </>
        ) : image.status === 'loading' ? (
          <p className={ui.loading}>{strings.loadingPhoto}</p>
        ) : image.status === 'invalid' ? (
          <p className={ui.loading}>{strings.customInput.waiting}</p>
        ) : (
          <Alert>{strings.photoFailed(image.status === 'error' ? image.error : '')}</Alert>
        )}
      </section>
      {blocked ? (
        <Alert className={styles.blocked}>{blocked}</Alert>
      ) : geometry && ready ? (
        <>
          <section className={`${stepper.panel} ${styles.detailArea}`}>
            <h4 className={stepper.panelTitle}>{strings.detailTitle}</h4>
            {trace ? (
              <DetailPanel trace={trace} geometry={geometry} step={step} focus={focus} kernelLabels={kernelLabels} imageRange={imageRange} />
            ) : (
              <p className={ui.loading}>{strings.loadingEngine}</p>
            )}
          </section>
          <section className={`${stepper.panel} ${styles.outputArea}`} data-part="output">
            <h4 className={stepper.panelTitle}>{outChannels > 1 ? strings.outputsTitle(outChannels, geometry.outH, geometry.outW) : strings.outputTitle(0, 1, geometry.outH, geometry.outW)}</h4>
            <OutputPanel geometry={geometry} trace={trace} outChannels={outChannels} step={step} onSelect={onStep} />
            <p className={stepper.legend}>{trace ? strings.outputLegend : strings.loadingEngine}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}
