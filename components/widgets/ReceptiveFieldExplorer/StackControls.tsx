import type { ChainLayer } from '@/lib/nn/layerChain';
import { Button, Checkbox, SelectField } from '@/components/ui';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { SchemaNumberField } from '@/components/widgets/shared/SchemaNumberField';
import { useOnSlide } from '@/components/widgets/shared/useOnSlide';
import { KINDS, LAYER_OPTIONS, MAX_LAYERS, PRESETS, PRESET_IDS, schema, type ExplorerState, type LayerField, type NumericField, type StackChoice } from './state';
import { S } from './strings';
import styles from './StackControls.module.css';
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
/** The layer editor's width (px) from which each layer fits one row under column heads. */
const ROW_WIDTH = 544;

/** The stack (a preset or the reader's own layers), the input side, the channels and the ReLU switch. */
export function StackControls({ state, set, invalid, errorId, failedAt, layersOffSlide = false }: Props) {
  const [layersRef, layersWidth] = useElementWidth<HTMLFieldSetElement>(640);
  const onSlide = useOnSlide(layersRef);
  const compact = layersWidth >= ROW_WIDTH && !onSlide;
  const setLayers = (layers: ChainLayer[]) => set({ layers, stack: 'custom' });
  const editLayer = (i: number, patch: Partial<ChainLayer>) => setLayers(state.layers.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const chooseStack = (stack: StackChoice) => set(stack === 'custom' ? { stack } : { stack, layers: PRESETS[stack], unit: null });
  const number = (f: NumericField) => <SchemaNumberField spec={schema.fields[f]} field={f} label={S.fields[f]} state={state} set={set} invalid={invalid === f} errorId={errorId} />;
  return (
    <div className={`${ui.panel} ${styles.controls}`} role="group" aria-label={S.settings}>
      <div className={`${ui.fieldGrid} ${styles.topFields}`}>
        <SelectField<StackChoice> label={S.stackLabel} options={[...PRESET_IDS, 'custom']} value={state.stack} format={(p) => S.stacks[p]} onChange={chooseStack} />
        {number('side')}
        {number('channels')}
      </div>
      <fieldset ref={layersRef} className={compact ? `${styles.layers} ${styles.compact}` : styles.layers} data-slide-hidden={layersOffSlide ? '' : undefined}>
        <legend className={ui.panelLegend}>{S.layersLegend}</legend>
        {compact ? (
          <div className={styles.layerHeads} aria-hidden="true">
            <span />
            <span>{S.layerType}</span>
            {(Object.keys(LAYER_OPTIONS) as LayerField[]).map((f) => (
              <span key={f}>{S.layerFields[f]}</span>
            ))}
          </div>
        ) : null}
        <ol className={compact ? `${styles.layerList} ${ui.labelsHidden}` : styles.layerList}>
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
                <Button className={styles.remove} onClick={() => setLayers(state.layers.filter((_, j) => j !== i))} disabled={state.layers.length === 1} aria-label={S.removeLayer(i)}>
                  {S.remove}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button className={styles.add} onClick={() => setLayers([...state.layers, NEW_LAYER])} disabled={state.layers.length >= MAX_LAYERS}>
          {S.addLayer}
        </Button>
      </fieldset>
      <Checkbox label={S.relu} checked={state.relu} onChange={(relu) => set({ relu })} />
    </div>
  );
}
