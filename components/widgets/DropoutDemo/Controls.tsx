import { Button, Segmented, Slider } from '@/components/ui';
import type { DropoutState } from './state';
import { MAX_MASKS, P_MAX, P_STEP } from './state';
import { S } from './strings';
import styles from './DropoutDemo.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
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

const SCALINGS = ['inverted', 'original'] as const;
const AFTERS = ['none', 'relu'] as const;

/** p, the scaling convention, the nonlinearity, and the buttons that draw masks. */
export function Controls({ state, set, playing, reduced, onDraw, onPlay, onDraw100, onReset, onNewSeed }: Props) {
  const full = state.masks >= MAX_MASKS;
  return (
    <div className={`${ui.panel} ${styles.controls}`}>
      <Slider className={styles.slider} label={S.pLabel} value={state.p} min={0} max={P_MAX} step={P_STEP} format={(p) => p.toFixed(2)} onChange={(p) => set({ p })} />
      <div className={styles.choiceRow}>
        <Segmented className={styles.sentences} legend={S.scalingLegend} options={SCALINGS} value={state.scaling} label={(v) => S.scalings[v]} onChange={(scaling) => set({ scaling })} />
        <Segmented className={styles.sentences} legend={S.afterLegend} options={AFTERS} value={state.after} label={(v) => S.afters[v]} onChange={(after) => set({ after })} />
      </div>
      <div className={styles.buttons} role="group" aria-label={S.playback}>
        <Button variant="primary" onClick={onDraw} disabled={full}>
          {S.draw}
        </Button>
        {reduced ? null : <Button onClick={onPlay}>{playing ? S.pause : S.play}</Button>}
        <Button onClick={onDraw100} disabled={full}>
          {S.draw100}
        </Button>
        <Button onClick={onReset}>{S.reset}</Button>
        <Button onClick={onNewSeed}>{S.newSeed}</Button>
      </div>
    </div>
  );
}
