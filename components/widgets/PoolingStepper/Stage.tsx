import { useMemo, type KeyboardEvent } from 'react';
import { Alert } from '@/components/ui';
import { maxAbs } from '@/components/widgets/shared/stepper/format';
import { stepByKey, type Geometry } from '@/components/widgets/shared/stepper/geometry';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { gradientCells, inputCells, outputCells } from './cells';
import { inputGradient, paddingMeaning, routedCells, type PoolView } from './model';
import type { Phase, PoolMode } from './presets';
import { strings } from './strings';
import { ValueGrid } from './ValueGrid';
import { WindowDetail } from './WindowDetail';
import styles from './PoolingStepper.module.css';

interface Props {
  hintId: string;
  image: InputImage | null;
  /** Shown instead of the input while it is not ready (loading, a failed fetch, untyped cells). */
  imageNote: { text: string; alert: boolean } | null;
  mode: PoolMode;
  padding: number;
  countIncludePad: boolean;
  phase: Phase;
  geometry: Geometry | null;
  view: PoolView | null;
  blocked: string | null;
  backward: boolean;
  gy: Float64Array | null;
  step: number;
  onStep: (p: number) => void;
  summary: string;
}

/** The figure: padded input and window, the window's arithmetic, the output (or the gradients). */
export function Stage(props: Props) {
  const { hintId, image, imageNote, mode, padding, countIncludePad, phase, geometry, view, blocked, backward, gy, step, onStep, summary } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!geometry || blocked || e.target !== e.currentTarget) return;
    const next = stepByKey(e.key, step, geometry);
    if (next === null) return;
    e.preventDefault();
    onStep(next);
  };
  const inCells = useMemo(() => (image ? inputCells(image, padding, mode, countIncludePad) : []), [image, padding, mode, countIncludePad]);
  const live = view && image && !blocked ? view : null;
  const routed = live ? routedCells(live, step) : [];
  const receiving = routed.filter((c) => !c.isPadding && c.share !== 0 && (backward || mode !== 'avg'));
  const g = gy?.[step] ?? 0;
  const outCells = useMemo(() => (live && image ? outputCells(live, image, step) : []), [live, image, step]);
  const finalDx = useMemo(() => (live && gy ? inputGradient(live, gy, Number.MAX_SAFE_INTEGER) : null), [live, gy]);
  const dx = useMemo(() => (live && gy ? inputGradient(live, gy, step) : null), [live, gy, step]);
  const dxCells = useMemo(() => (dx && finalDx && image ? gradientCells(dx, image.width, maxAbs(finalDx), strings.gradCell) : []), [dx, finalDx, image]);
  const gyCells = useMemo(() => (gy && geometry ? gradientCells(gy, geometry.outW, maxAbs(gy), strings.upstreamCell) : []), [gy, geometry]);
  const r = geometry ? Math.floor(step / geometry.outW) : 0;
  const c = geometry ? step % geometry.outW : 0;
  const meaning = paddingMeaning(mode, countIncludePad);
  const L = strings.inputLegend;
  const legend = [
    padding ? L.padding[mode === 'stochastic' ? 'stochastic' : meaning] : '',
    L.window,
    backward || mode === 'avg' ? '' : mode === 'max' ? L.ringMax : L.ringPicked,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`${styles.stage} ${backward ? styles.backward : ''}`} tabIndex={0} role="group" aria-label={strings.figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
      <p className={stepper.srOnly}>{summary}</p>
      <section className={`${stepper.panel} ${styles.inputArea}`}>
        <h4 className={stepper.panelTitle}>{image ? strings.inputTitle(image.height, image.width, padding) : strings.inputLabel}</h4>
        {image ? (
          <>
            <ValueGrid
              rows={image.height + 2 * padding}
              cols={image.width + 2 * padding}
              cells={inCells}
              label={summary}
              window={geometry && !blocked ? { row: r * geometry.stride, col: c * geometry.stride, size: geometry.kh } : undefined}
              rings={live ? receiving.map((cell) => ({ row: cell.row + padding, col: cell.col + padding })) : []}
              part="input"
            />
            <p className={stepper.legend}>{legend}</p>
          </>
        ) : imageNote ? (
          imageNote.alert ? (
            <Alert>{imageNote.text}</Alert>
          ) : (
            <p className={ui.loading}>{imageNote.text}</p>
          )
        ) : null}
      </section>
      {blocked ? (
        <Alert className={styles.blocked}>{blocked}</Alert>
      ) : geometry && image ? (
        <>
          <section className={`${stepper.panel} ${styles.detailArea}`}>
            <h4 className={stepper.panelTitle}>{strings.detailTitle}</h4>
            {live ? (
              <WindowDetail view={live} image={image} step={step} countIncludePad={countIncludePad} phase={phase} backward={backward} g={g} />
            ) : (
              <p className={ui.loading}>{strings.loadingEngine}</p>
            )}
          </section>
          {backward ? (
            <>
              <section className={`${stepper.panel} ${styles.outputArea}`}>
                <h4 className={stepper.panelTitle}>{strings.upstreamTitle(geometry.outH, geometry.outW)}</h4>
                <ValueGrid rows={geometry.outH} cols={geometry.outW} cells={gyCells} label={strings.upstreamTitle(geometry.outH, geometry.outW)} current={{ row: r, col: c }} onSelect={onStep} part="upstream" />
                <p className={stepper.legend}>{strings.upstreamLegend}</p>
              </section>
              <section className={`${stepper.panel} ${styles.gradArea}`}>
                <h4 className={stepper.panelTitle}>{strings.gradTitle(image.height, image.width)}</h4>
                {live ? (
                  <ValueGrid
                    rows={image.height}
                    cols={image.width}
                    cells={dxCells}
                    label={strings.gradTitle(image.height, image.width)}
                    rings={receiving.map((cell) => ({ row: cell.row, col: cell.col }))}
                    part="gradient"
                  />
                ) : (
                  <p className={ui.loading}>{strings.loadingEngine}</p>
                )}
                <p className={stepper.legend}>{strings.gradLegend}</p>
              </section>
            </>
          ) : (
            <section className={`${stepper.panel} ${styles.outputArea}`}>
              <h4 className={stepper.panelTitle}>{strings.outputTitle(geometry.outH, geometry.outW)}</h4>
              {live ? (
                <ValueGrid rows={geometry.outH} cols={geometry.outW} cells={outCells} label={strings.outputTitle(geometry.outH, geometry.outW)} current={{ row: r, col: c }} onSelect={onStep} part="output" />
              ) : (
                <p className={ui.loading}>{strings.loadingEngine}</p>
              )}
              <p className={stepper.legend}>{strings.outputLegend}</p>
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
