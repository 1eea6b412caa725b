import type { DropoutState } from './state';
import { MAX_MASKS, P_MAX, P_STEP } from './state';
import { S } from './strings';
import styles from './DropoutDemo.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  id: string;
  state: DropoutState;
  set: (patch: Partial<DropoutState>) => void;
  playing: boolean;
  reduced: boolean;
  onDraw: () => void;
  onPlay: () => void;
  onDraw100: () => void;
  onReset: () => void;
  onNewSeed: () => void;
}

function Choice<T extends string>({ name, legend, value, options, labels, onChange }: { name: string; legend: string; value: T; options: T[]; labels: Record<T, string>; onChange: (v: T) => void }) {
  return (
    <fieldset className={styles.choices}>
      <legend className={styles.choiceLegend}>{legend}</legend>
      {options.map((o) => (
        <label key={o} className={ui.check}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

/** p, the scaling convention, the nonlinearity, and the buttons that draw masks. */
export function Controls({ id, state, set, playing, reduced, onDraw, onPlay, onDraw100, onReset, onNewSeed }: Props) {
  const full = state.masks >= MAX_MASKS;
  return (
    <div className={`${ui.panel} ${styles.controls}`}>
      <div className={`${ui.scrub} ${styles.slider}`}>
        <label htmlFor={`${id}-p`}>{S.pLabel}</label>
        <input
          id={`${id}-p`}
          type="range"
          min={0}
          max={P_MAX}
          step={P_STEP}
          value={state.p}
          aria-valuetext={S.pValue(state.p)}
          onChange={(e) => set({ p: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-p`} className={styles.pValue}>
          {state.p.toFixed(2)}
        </output>
      </div>
      <div className={styles.choiceRow}>
        <Choice name={`${id}-scaling`} legend={S.scalingLegend} value={state.scaling} options={['inverted', 'original']} labels={S.scalings} onChange={(v) => set({ scaling: v })} />
        <Choice name={`${id}-after`} legend={S.afterLegend} value={state.after} options={['none', 'relu']} labels={S.afters} onChange={(v) => set({ after: v })} />
      </div>
      <div className={styles.buttons} role="group" aria-label={S.playback}>
        <button type="button" className={styles.primary} onClick={onDraw} disabled={full}>
          {S.draw}
        </button>
        {reduced ? null : (
          <button type="button" onClick={onPlay}>
            {playing ? S.pause : S.play}
          </button>
        )}
        <button type="button" onClick={onDraw100} disabled={full}>
          {S.draw100}
        </button>
        <button type="button" onClick={onReset}>
          {S.reset}
        </button>
        <button type="button" onClick={onNewSeed}>
          {S.newSeed}
        </button>
      </div>
    </div>
  );
}
