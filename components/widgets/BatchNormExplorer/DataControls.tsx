import { LAYERS, SHAPES, valuesPerChannel } from '@/lib/batchNorm/syntheticBatch';
import { Segmented, SelectField, Slider } from '@/components/ui';
import { BATCH_SIZES, CHANNELS, EPS_CHOICES, RANGES, withChannel, type ExplorerState } from './state';
import { num, S } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

interface Props {
  idBase: string;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}

/** Where the batch comes from: the layer before, the batch size, the shape, and each channel's mean and spread. */
export function DataControls({ idBase, state, set }: Props) {
  const c = state.channel;
  return (
    <fieldset className={`${ui.panel} ${styles.controls}`}>
      <legend className={ui.panelLegend}>{S.dataLegend}</legend>
      <div className={layout.row}>
        <Segmented variant="segments" name={`${idBase}-layer`} legend={S.layerLegend} options={LAYERS} value={state.layer} onChange={(layer) => set({ layer })} label={(l) => S.layers[l]} />
        <SelectField<number> label={S.batchSize} options={BATCH_SIZES} value={state.batchSize} onChange={(batchSize) => set({ batchSize })} />
        <SelectField label={S.shapeLabel} options={SHAPES} value={state.shape} format={(s) => S.shapes[s]} onChange={(shape) => set({ shape })} />
      </div>
      <p className={styles.note}>{S.statCount(state.layer, state.batchSize, valuesPerChannel(state.layer, state.batchSize))}</p>
      <Segmented
        variant="segments"
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
  const c = state.channel;
  return (
    <fieldset className={`${ui.panel} ${styles.controls}`}>
      <legend className={ui.panelLegend}>{S.paramsLegend(c)}</legend>
      <div className={styles.sliders}>
        <Slider label={S.gammaLabel(c)} {...RANGES.gamma} value={state.gamma[c]} onChange={(v) => set({ gamma: withChannel(state.gamma, c, v) })} format={(v) => num(v, 2)} />
        <Slider label={S.betaLabel(c)} {...RANGES.beta} value={state.beta[c]} onChange={(v) => set({ beta: withChannel(state.beta, c, v) })} format={(v) => num(v, 1)} />
        <SelectField<number> label={S.epsLabel} options={EPS_CHOICES} value={state.eps} format={S.epsOption} onChange={(eps) => set({ eps })} />
      </div>
    </fieldset>
  );
}
