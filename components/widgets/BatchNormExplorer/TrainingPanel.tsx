import { biasedSettlesAt, type ChannelView, type HistoryPoint } from './model';
import { RunningChart } from './RunningChart';
import { Alert, Button, Segmented, Slider } from '@/components/ui';
import { MODES, RANGES, type ExplorerState } from './state';
import { num, S } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

interface Props {
  idBase: string;
  state: ExplorerState;
  set: (patch: Partial<ExplorerState>) => void;
  channel: ChannelView;
  valuesPerChannel: number;
  trainImpossible: boolean;
  history: HistoryPoint[];
  announcement: string;
  onTrain: (count: number) => void;
  onReset: () => void;
}

/** Training vs inference: the mode, the momentum, stepping batch after batch, and the running averages. */
export function TrainingPanel({ idBase, state, set, channel, valuesPerChannel, trainImpossible, history, announcement, onTrain, onReset }: Props) {
  const c = state.channel;
  return (
    <section className={`${ui.panel} ${styles.training}`} aria-labelledby={`${idBase}-training`}>
      <h4 id={`${idBase}-training`} className={ui.heading}>
        {S.trainLegend}
      </h4>
      <div className={layout.row}>
        <Segmented variant="segments" name={`${idBase}-mode`} legend={S.modeLegend} options={MODES} value={state.mode} onChange={(mode) => set({ mode })} label={(m) => S.modes[m]} />
        <Slider label={S.momentumLabel} {...RANGES.momentum} value={state.momentum} onChange={(momentum) => set({ momentum })} format={(v) => num(v, 2)} />
      </div>
      <div className={styles.buttons}>
        <Button variant="primary" onClick={() => onTrain(1)} disabled={trainImpossible}>
          {S.next}
        </Button>
        <Button onClick={() => onTrain(10)} disabled={trainImpossible}>
          {S.nextTen}
        </Button>
        <Button onClick={onReset}>{S.reset}</Button>
      </div>
      {trainImpossible ? (
        <Alert>{S.trainImpossible(valuesPerChannel)}</Alert>
      ) : null}
      <p className={styles.status} data-part="running">
        {S.running(state.steps, c, state.runningMean[c], state.runningVar[c])} {S.population(channel.population.mean, channel.population.variance)}
      </p>
      <p className={ui.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
      {channel.modeGap !== null ? (
        <p className={ui.ratio} data-part="mode-gap">
          {S.modeGap(channel.modeGap)}
        </p>
      ) : null}
      <div className={styles.charts}>
        <RunningChart id={idBase} kind="mean" history={history} channel={c} target={channel.population.mean} />
        <RunningChart
          id={idBase}
          kind="var"
          history={history}
          channel={c}
          target={channel.population.variance}
          biasedTarget={biasedSettlesAt(channel.population.variance, valuesPerChannel)}
        />
      </div>
    </section>
  );
}
