import { useId } from 'react';
import { LAYERS, SHAPES, valuesPerChannel, type ShapeName } from '@/lib/batchNorm/syntheticBatch';
import { Choice } from './Choice';
import { Slider } from './Slider';
import { BATCH_SIZES, CHANNELS, EPS_CHOICES, RANGES, withChannel, type ExplorerState } from './state';
import { num, S } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  idBase: string;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}

/** Where the batch comes from: the layer before, the batch size, the shape, and each channel's mean and spread. */
export function DataControls({ idBase, state, set }: Props) {
  const sizeId = useId();
  const shapeId = useId();
  const c = state.channel;
  return (
    <fieldset className={`${ui.panel} ${styles.controls}`}>
      <legend className={ui.panelLegend}>{S.dataLegend}</legend>
      <div className={styles.controlRow}>
        <Choice name={`${idBase}-layer`} legend={S.layerLegend} options={LAYERS} value={state.layer} onChange={(layer) => set({ layer })} label={(l) => S.layers[l]} />
        <div className={ui.field}>
          <label htmlFor={sizeId} className={ui.fieldLabel}>
            {S.batchSize}
          </label>
          <select id={sizeId} className={ui.control} value={state.batchSize} onChange={(e) => set({ batchSize: Number(e.target.value) })}>
            {BATCH_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className={ui.field}>
          <label htmlFor={shapeId} className={ui.fieldLabel}>
            {S.shapeLabel}
          </label>
          <select id={shapeId} className={ui.control} value={state.shape} onChange={(e) => set({ shape: e.target.value as ShapeName })}>
            {SHAPES.map((s) => (
              <option key={s} value={s}>
                {S.shapes[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className={styles.note}>{S.statCount(state.layer, state.batchSize, valuesPerChannel(state.layer, state.batchSize))}</p>
      <Choice
        name={`${idBase}-channel`}
        legend={S.channelLegend}
        options={Array.from({ length: CHANNELS }, (_, i) => i)}
        value={c}
        onChange={(channel) => set({ channel })}
        label={S.channelOption}
      />
      <div className={styles.sliders}>
        <Slider label={S.meanLabel(c)} {...RANGES.mean} value={state.mean[c]} onChange={(v) => set({ mean: withChannel(state.mean, c, v) })} format={(v) => num(v, 1)} />
        <Slider label={S.spreadLabel(c)} {...RANGES.spread} value={state.spread[c]} onChange={(v) => set({ spread: withChannel(state.spread, c, v) })} format={(v) => num(v, 1)} />
      </div>
    </fieldset>
  );
}

/** The channel's learned γ and β, and ε. */
export function ParamControls({ state, set }: Omit<Props, 'idBase'>) {
  const epsId = useId();
  const c = state.channel;
  return (
    <fieldset className={`${ui.panel} ${styles.controls}`}>
      <legend className={ui.panelLegend}>{S.paramsLegend(c)}</legend>
      <div className={styles.sliders}>
        <Slider label={S.gammaLabel(c)} {...RANGES.gamma} value={state.gamma[c]} onChange={(v) => set({ gamma: withChannel(state.gamma, c, v) })} format={(v) => num(v, 2)} />
        <Slider label={S.betaLabel(c)} {...RANGES.beta} value={state.beta[c]} onChange={(v) => set({ beta: withChannel(state.beta, c, v) })} format={(v) => num(v, 1)} />
        <div className={ui.field}>
          <label htmlFor={epsId} className={ui.fieldLabel}>
            {S.epsLabel}
          </label>
          <select id={epsId} className={ui.control} value={state.eps} onChange={(e) => set({ eps: Number(e.target.value) })}>
            {EPS_CHOICES.map((e) => (
              <option key={e} value={e}>
                {S.epsOption(e)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
