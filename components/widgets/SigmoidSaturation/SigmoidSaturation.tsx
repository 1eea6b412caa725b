'use client';
import { useMemo } from 'react';
import { histogram, histogramRange, INPUT_MODES, summarize } from '@/lib/preprocessing/saturation';
import { Button, Segmented, Slider } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Histogram } from './Histogram';
import { EXPERIMENT, unitZByMode } from './model';
import { LOG_W, PATCHES, schema, weightStd } from './state';
import { ISSUES, S } from './strings';
import styles from './SigmoidSaturation.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

export interface SigmoidSaturationProps {
  id: string;
  title?: string;
}

const BINS = 41;
/** The lesson sets nothing but the title: the state starts at the defaults. */
const NO_PROPS = {};

export function SigmoidSaturation({ id, title = S.title }: SigmoidSaturationProps) {
  const { state, set, linkError } = useWidgetState(id, schema, NO_PROPS, ISSUES);
  const byMode = useMemo(() => unitZByMode(state.k), [state.k]);
  const w = weightStd(state);
  const rows = INPUT_MODES.map((mode) => ({ mode, ...summarize(byMode[mode], w) }));
  const current = rows.find((r) => r.mode === state.mode)!;
  const unitZ = byMode[state.mode];
  const range = histogramRange(unitZ, w, current.threshold);
  const counts = histogram(unitZ, w, range, BINS);
  const d = state.k * state.k * 3;
  const xavierLog = Math.max(LOG_W.min, Math.min(LOG_W.max, -0.5 * Math.log10(d)));
  const modeName = S.modes[state.mode];
  const t = current.threshold.toFixed(2);
  return (
    <WidgetFrame name="SigmoidSaturation" id={id} title={title} state={state} linkError={linkError}>
      <div className={`${ui.focusScope} ${layout.column}`}>
        <div className={`${ui.panel} ${layout.row} ${styles.controls}`} role="group" aria-label={S.settings}>
          <Segmented variant="segments" name={`${id}-mode`} legend={S.modeLabel} options={INPUT_MODES} value={state.mode} label={(m) => S.modes[m]} onChange={(mode) => set({ mode })} />
          <Segmented variant="segments" name={`${id}-k`} legend={S.patchLabel} options={PATCHES} value={state.k} label={S.patch} onChange={(k) => set({ k })} />
          <div className={styles.weight}>
            <Slider label={S.weightLabel} min={LOG_W.min} max={LOG_W.max} step={LOG_W.step} value={state.logW} format={(v) => S.weightValue(10 ** v)} onChange={(logW) => set({ logW })} />
            <Button className={styles.button} onClick={() => set({ logW: xavierLog })}>
              {S.xavier(S.weightValue(10 ** xavierLog))}
            </Button>
          </div>
        </div>
        <p className={styles.setup}>{S.setup(EXPERIMENT.patches, EXPERIMENT.neurons, d, unitZ.length)}</p>
        <p className={styles.setup}>{S.threshold(t)}</p>
        <p className={ui.ratio}>{S.summary(modeName, current.saturated, current.meanRelativeSlope, current.rms.toPrecision(3))}</p>
        <Histogram counts={counts} range={range} threshold={current.threshold} alt={S.chartAlt(modeName, String(range), current.saturated, t)} />
        <DataTable caption={S.table.caption} columns={[S.table.mode, S.table.rms, S.table.saturated, S.table.slope]} wide className={styles.table}>
          {rows.map((r) => (
            <tr key={r.mode} aria-current={r.mode === state.mode || undefined}>
              <th scope="row">{S.modes[r.mode]}</th>
              <td>{r.rms.toPrecision(3)}</td>
              <td>{S.pct(r.saturated)}</td>
              <td>{S.pct(r.meanRelativeSlope)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </WidgetFrame>
  );
}
