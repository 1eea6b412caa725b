import { useMemo } from 'react';
import { maxAbs } from '@/components/widgets/shared/stepper/format';
import type { Geometry } from '@/components/widgets/shared/stepper/geometry';
import { Blocked, Pending, StageFrame, StagePanel } from '@/components/widgets/shared/stepper/Stage';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
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
  const outTitle = geometry ? strings.outputTitle(geometry.outH, geometry.outW) : '';
  const upTitle = geometry ? strings.upstreamTitle(geometry.outH, geometry.outW) : '';
  const gradTitle = image ? strings.gradTitle(image.height, image.width) : '';
  return (
    <StageFrame className={`${styles.stage} ${backward ? styles.backward : ''}`} label={strings.figureLabel} hintId={hintId} summary={summary} geometry={geometry} blocked={blocked} step={step} onStep={onStep}>
      <StagePanel area="input" title={image ? strings.inputTitle(image.height, image.width, padding) : strings.inputLabel} legend={image ? legend : undefined}>
        {image ? (
          <ValueGrid
            rows={image.height + 2 * padding}
            cols={image.width + 2 * padding}
            cells={inCells}
            label={summary}
            window={geometry && !blocked ? { row: r * geometry.stride, col: c * geometry.stride, size: geometry.kh } : undefined}
            rings={live ? receiving.map((cell) => ({ row: cell.row + padding, col: cell.col + padding })) : []}
            part="input"
          />
        ) : imageNote ? (
          <Pending {...imageNote} />
        ) : null}
      </StagePanel>
      {blocked ? (
        <Blocked text={blocked} />
      ) : geometry && image ? (
        <>
          <StagePanel area="detail" title={strings.detailTitle}>
            {live ? (
              <WindowDetail view={live} image={image} step={step} countIncludePad={countIncludePad} phase={phase} backward={backward} g={g} />
            ) : (
              <Pending text={strings.loadingEngine} />
            )}
          </StagePanel>
          {backward ? (
            <>
              <StagePanel area="output" title={upTitle} legend={strings.upstreamLegend}>
                <ValueGrid rows={geometry.outH} cols={geometry.outW} cells={gyCells} label={upTitle} current={{ row: r, col: c }} onSelect={onStep} part="upstream" />
              </StagePanel>
              <StagePanel className={styles.gradArea} title={gradTitle} legend={strings.gradLegend}>
                {live ? (
                  <ValueGrid rows={image.height} cols={image.width} cells={dxCells} label={gradTitle} rings={receiving.map((cell) => ({ row: cell.row, col: cell.col }))} part="gradient" />
                ) : (
                  <Pending text={strings.loadingEngine} />
                )}
              </StagePanel>
            </>
          ) : (
            <StagePanel area="output" title={outTitle} legend={strings.outputLegend}>
              {live ? (
                <ValueGrid rows={geometry.outH} cols={geometry.outW} cells={outCells} label={outTitle} current={{ row: r, col: c }} onSelect={onStep} part="output" />
              ) : (
                <Pending text={strings.loadingEngine} />
              )}
            </StagePanel>
          )}
        </>
      ) : null}
    </StageFrame>
  );
}
