import { Button, Checkbox, Segmented, Slider } from '@/components/ui';
import { EPSILONS, POINT_COUNTS, PRESET_IDS, PRESETS, SLIDERS, type ExplorerState, type PresetId, type SliderField } from './state';
import { num } from './format';
import { S } from './strings';
import styles from './PreprocessingExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

interface Props {
  idBase: string;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}

/** The data set: a preset or the reader's own correlation, spreads and offset, and the steps' ε. */
export function Controls({ idBase, state, set }: Props) {
  const slider = (f: SliderField) => {
    const digits = f === 'rho' ? 3 : 1;
    return <Slider key={f} label={S[f]} {...SLIDERS[f]} value={state[f]} format={(v) => num(v, digits)} onChange={(v) => set({ [f]: v, preset: 'custom' })} />;
  };
  return (
    <div className={`${ui.panel} ${styles.controls}`} role="group" aria-label={S.settings}>
      <Segmented
        variant="segments"
        name={`${idBase}-preset`}
        legend={S.presetLabel}
        options={[...PRESET_IDS, 'custom'] as (PresetId | 'custom')[]}
        value={state.preset}
        label={(p) => S.presets[p]}
        onChange={(p) => set(p === 'custom' ? { preset: p } : { preset: p, ...PRESETS[p] })}
      />
      <div className={`${ui.fieldGrid} ${styles.sliders}`}>{(['rho', 'sx', 'sy', 'mx', 'my'] as const).map(slider)}</div>
      <div className={layout.row}>
        <Segmented variant="segments" name={`${idBase}-n`} legend={S.points} options={POINT_COUNTS} value={state.n} label={String} onChange={(n) => set({ n })} />
        <Segmented variant="segments" name={`${idBase}-eps`} legend={S.epsilon} options={EPSILONS} value={state.epsilon} label={S.epsilonLabel} onChange={(epsilon) => set({ epsilon })} />
        <div className={styles.resample}>
          <Button onClick={() => set({ seed: (state.seed % 1_000_000) + 1 })}>
            {S.resample}
          </Button>
          <span className={ui.fieldLabel}>{S.seed(state.seed)}</span>
        </div>
      </div>
      <Checkbox label={S.showTest} checked={state.showTest} onChange={(showTest) => set({ showTest })} />
    </div>
  );
}
