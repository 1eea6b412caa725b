import { Button, SelectField, Slider } from '@/components/ui';
import { SPEEDS } from './speeds';
import { strings } from './strings';
import styles from './stepper.module.css';

interface Props {
  step: number;
  /** Number of window positions; 0 when the settings are impossible. */
  total: number;
  outW: number;
  playing: boolean;
  speed: number;
  onToggle: () => void;
  onStep: (p: number) => void;
  onSpeed: (s: (typeof SPEEDS)[number]) => void;
}

/** Play/Pause, Step back, Step, the scrub slider and the speed. */
export function Playback({ step, total, outW, playing, speed, onToggle, onStep, onSpeed }: Props) {
  const last = total - 1;
  const disabled = total === 0;
  const r = outW ? Math.floor(step / outW) : 0;
  const c = outW ? step % outW : 0;
  return (
    <div className={styles.playback} role="group" aria-label={strings.playback}>
      <div className={styles.buttons}>
        <Button onClick={() => onStep(step - 1)} disabled={disabled || step <= 0}>
          {strings.stepBack}
        </Button>
        <Button variant="primary" onClick={onToggle} disabled={disabled}>
          {playing ? strings.pause : strings.play}
        </Button>
        <Button onClick={() => onStep(step + 1)} disabled={disabled || step >= last}>
          {strings.step}
        </Button>
      </div>
      <Slider
        className={styles.scrub}
        label={strings.scrubLabel}
        value={step}
        min={0}
        max={Math.max(0, last)}
        step={1}
        disabled={disabled}
        format={(v) => (disabled ? '–' : `${v + 1} / ${total}`)}
        spoken={(v) => (disabled ? undefined : strings.scrubValue(v, total, r, c))}
        onChange={onStep}
      />
      <SelectField label={strings.speedLabel} options={SPEEDS} value={speed as (typeof SPEEDS)[number]} format={strings.speedOption} onChange={onSpeed} />
    </div>
  );
}
