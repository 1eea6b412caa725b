import type { ChainLayer } from '@/lib/nn/layerChain';
import { Checkbox, NumberField, SelectField } from '@/components/ui';
import { KINDS, LAYER_OPTIONS, MAX_LAYERS, PRESETS, PRESET_IDS, schema, type ExplorerState, type LayerField, type NumericField, type StackChoice } from './state';
import { S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  /** The field the reader got wrong, and the id of the message that says why. */
  invalid: NumericField | null;
  errorId: string;
  /** The layer that does not fit, marked in the editor. */
  failedAt: number | null;
  /** The layer editor is left off the widget on a slide (see ReceptiveFieldExplorer's slideHide). */
  layersOffSlide?: boolean;
}

const NEW_LAYER: ChainLayer = { kind: 'conv', kernel: 3, stride: 1, padding: 1, dilation: 1 };

/** The stack (a preset or the reader's own layers), the input side, the channels and the ReLU switch. */
export function StackControls({ state, set, invalid, errorId, failedAt, layersOffSlide = false }: Props) {
  const setLayers = (layers: ChainLayer[]) => set({ layers, stack: 'custom' });
  const editLayer = (i: number, patch: Partial<ChainLayer>) => setLayers(state.layers.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const chooseStack = (stack: StackChoice) => set(stack === 'custom' ? { stack } : { stack, layers: PRESETS[stack], unit: null });
  const number = (f: NumericField) => (
    <NumberField
      label={S.fields[f]}
      value={state[f]}
      min={schema.fields[f].min}
      max={schema.fields[f].max}
      onChange={(v) => set({ [f]: v })}
      invalid={invalid === f}
      errorId={errorId}
    />
  );
  return (
    <div className={`${ui.panel} ${styles.controls}`} role="group" aria-label={S.settings}>
      <div className={`${ui.fieldGrid} ${styles.topFields}`}>
        <SelectField<StackChoice> label={S.stackLabel} options={[...PRESET_IDS, 'custom']} value={state.stack} format={(p) => S.stacks[p]} onChange={chooseStack} />
        {number('side')}
        {number('channels')}
      </div>
      <fieldset className={styles.layers} data-slide-hidden={layersOffSlide ? '' : undefined}>
        <legend className={ui.panelLegend}>{S.layersLegend}</legend>
        <ol className={styles.layerList}>
          {state.layers.map((l, i) => (
            <li key={i}>
              <fieldset className={failedAt === i ? `${styles.layer} ${styles.layerBad}` : styles.layer} aria-invalid={failedAt === i || undefined}>
                <legend className={styles.layerName}>{S.layerName(i)}</legend>
                <SelectField label={S.layerType} value={l.kind} options={KINDS} format={(k) => S.kinds[k]} onChange={(kind) => editLayer(i, { kind, dilation: kind === 'conv' ? l.dilation : 1, padding: kind === 'conv' ? l.padding : Math.min(l.padding, Math.floor(l.kernel / 2)) })} />
                {(Object.keys(LAYER_OPTIONS) as LayerField[])
                  .filter((f) => f !== 'dilation' || l.kind === 'conv')
                  .map((f) => (
                    <SelectField<number> key={f} label={S.layerFields[f]} value={l[f]} options={LAYER_OPTIONS[f]} onChange={(v) => editLayer(i, { [f]: v })} />
                  ))}
                <button type="button" className={styles.remove} onClick={() => setLayers(state.layers.filter((_, j) => j !== i))} disabled={state.layers.length === 1} aria-label={S.removeLayer(i)}>
                  {S.remove}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" className={styles.add} onClick={() => setLayers([...state.layers, NEW_LAYER])} disabled={state.layers.length >= MAX_LAYERS}>
          {S.addLayer}
        </button>
      </fieldset>
      <Checkbox label={S.relu} checked={state.relu} onChange={(relu) => set({ relu })} />
    </div>
  );
}
