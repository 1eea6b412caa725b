import type { ChainLayer } from '@/lib/nn/layerChain';
import { NumberField } from '@/components/widgets/shared/NumberField';
import { KINDS, LAYER_OPTIONS, MAX_LAYERS, PRESETS, PRESET_IDS, schema, type ExplorerState, type LayerField, type NumericField, type StackChoice } from './state';
import { S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  idBase: string;
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
export function StackControls({ idBase, state, set, invalid, errorId, failedAt, layersOffSlide = false }: Props) {
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
        <div className={ui.field}>
          <label htmlFor={`${idBase}-stack`} className={ui.fieldLabel}>
            {S.stackLabel}
          </label>
          <select id={`${idBase}-stack`} className={ui.control} value={state.stack} onChange={(e) => chooseStack(e.target.value as StackChoice)}>
            {[...PRESET_IDS, 'custom' as const].map((p) => (
              <option key={p} value={p}>
                {S.stacks[p]}
              </option>
            ))}
          </select>
        </div>
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
                <LayerSelect id={`${idBase}-l${i}-kind`} label={S.layerType} value={l.kind} options={KINDS} text={(k) => S.kinds[k]} onChange={(kind) => editLayer(i, { kind, dilation: kind === 'conv' ? l.dilation : 1, padding: kind === 'conv' ? l.padding : Math.min(l.padding, Math.floor(l.kernel / 2)) })} />
                {(Object.keys(LAYER_OPTIONS) as LayerField[])
                  .filter((f) => f !== 'dilation' || l.kind === 'conv')
                  .map((f) => (
                    <LayerSelect key={f} id={`${idBase}-l${i}-${f}`} label={S.layerFields[f]} value={l[f]} options={LAYER_OPTIONS[f]} text={String} onChange={(v) => editLayer(i, { [f]: v })} />
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
      <label className={ui.check}>
        <input type="checkbox" checked={state.relu} onChange={(e) => set({ relu: e.target.checked })} />
        {S.relu}
      </label>
    </div>
  );
}

interface SelectProps<T extends string | number> {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  text: (v: T) => string;
  onChange: (v: T) => void;
}

function LayerSelect<T extends string | number>({ id, label, value, options, text, onChange }: SelectProps<T>) {
  return (
    <div className={ui.field}>
      <label htmlFor={id} className={ui.fieldLabel}>
        {label}
      </label>
      <select
        id={id}
        className={ui.control}
        value={String(value)}
        onChange={(e) => onChange((typeof value === 'number' ? Number(e.target.value) : e.target.value) as T)}
      >
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {text(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

