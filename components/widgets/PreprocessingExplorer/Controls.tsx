import { EPSILONS, POINT_COUNTS, PRESET_IDS, PRESETS, SLIDERS, type ExplorerState, type PresetId, type SliderField } from './state';
import { num } from './format';
import { S } from './strings';
import styles from './PreprocessingExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  idBase: string;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
}

function Radios<T extends string | number>({ name, legend, options, value, label, onChange }: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className={ui.radios}>
      <legend className={ui.fieldLabel}>{legend}</legend>
      <div className={ui.segments}>
        {options.map((v) => (
          <label key={String(v)}>
            <input type="radio" name={name} value={String(v)} checked={v === value} onChange={() => onChange(v)} />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The data set: a preset or the reader's own correlation, spreads and offset, and the steps' ε. */
export function Controls({ idBase, state, set }: Props) {
  const slider = (f: SliderField) => {
    const { min, max, step } = SLIDERS[f];
    const id = `${idBase}-${f}`;
    const digits = f === 'rho' ? 3 : 1;
    return (
      <div key={f} className={ui.field}>
        <span className={ui.fieldLabel}>
          <label htmlFor={id}>{S[f]}</label>: <output htmlFor={id} className={styles.value}>{num(state[f], digits)}</output>
        </span>
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={state[f]}
          aria-valuetext={num(state[f], digits)}
          onChange={(e) => set({ [f]: Number(e.target.value), preset: 'custom' })}
        />
      </div>
    );
  };
  return (
    <div className={`${ui.panel} ${styles.controls}`} role="group" aria-label={S.settings}>
      <Radios
        name={`${idBase}-preset`}
        legend={S.presetLabel}
        options={[...PRESET_IDS, 'custom'] as (PresetId | 'custom')[]}
        value={state.preset}
        label={(p) => S.presets[p]}
        onChange={(p) => set(p === 'custom' ? { preset: p } : { preset: p, ...PRESETS[p] })}
      />
      <div className={`${ui.fieldGrid} ${styles.sliders}`}>{(['rho', 'sx', 'sy', 'mx', 'my'] as const).map(slider)}</div>
      <div className={styles.row}>
        <Radios name={`${idBase}-n`} legend={S.points} options={POINT_COUNTS} value={state.n} label={String} onChange={(n) => set({ n })} />
        <Radios name={`${idBase}-eps`} legend={S.epsilon} options={EPSILONS} value={state.epsilon} label={S.epsilonLabel} onChange={(epsilon) => set({ epsilon })} />
        <div className={styles.resample}>
          <button type="button" onClick={() => set({ seed: (state.seed % 1_000_000) + 1 })}>
            {S.resample}
          </button>
          <span className={ui.fieldLabel}>{S.seed(state.seed)}</span>
        </div>
      </div>
      <label className={ui.check}>
        <input type="checkbox" checked={state.showTest} onChange={(e) => set({ showTest: e.target.checked })} />
        {S.showTest}
      </label>
    </div>
  );
}
