'use client';
import { useCallback, type KeyboardEvent } from 'react';
import { usePlayer } from '@/components/widgets/shared/stepper/usePlayer';
import { useReducedMotion } from '@/components/widgets/shared/useReducedMotion';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Button } from '@/components/ui';
import { NumberFields } from '@/components/widgets/shared/NumberFields';
import { groupOf, groupsSeen, shuffleSource } from '@/lib/lightweight/shuffle';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { groupColour } from './colours';
import { Guidelines } from './Guidelines';
import { ShuffleFigure } from './ShuffleFigure';
import { schema, stateError, type ShuffleState } from './state';
import { ISSUES, S, problemText } from './strings';
import styles from './ChannelShuffle.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type ChannelShuffleProps = WidgetProps<typeof schema>;

export function ChannelShuffle({ id, title = S.title, ...props }: ChannelShuffleProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  // A new channel count starts with the shuffle done.
  const change = (f: 'channels' | 'groups', v: number) => set(f === 'channels' && Number.isInteger(v) ? { channels: v, step: v } : { [f]: v });
  return (
    <WidgetFrame name="ChannelShuffle" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={ui.focusScope}>
        <div className={ui.panel}>
          <div className={`${ui.fieldGrid} ${styles.fields}`}>
            <NumberFields fields={['channels', 'groups'] as const} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={change} invalidField={problem?.field} errorId={errorId} />
          </div>
        </div>
        {problem ? (
          <Alert id={errorId} title={S.invalidHeading}>
            {problemText(problem.issue)}
          </Alert>
        ) : (
          <Shuffle state={state} set={set} />
        )}
        <Guidelines />
      </div>
    </WidgetFrame>
  );
}

function Shuffle({ state, set }: { state: ShuffleState; set: (p: Partial<ShuffleState>) => void }) {
  const { channels, groups } = state;
  const step = Math.min(state.step, channels);
  const source = shuffleSource(channels, groups);
  const reduced = useReducedMotion();
  const setStep = useCallback((s: number) => set({ step: s }), [set]);
  const player = usePlayer(step, channels, 4, setStep);
  const toggle = () => {
    player.pause();
    setStep(step === channels ? 0 : channels);
  };
  const onPlay = () => {
    if (reduced) return setStep(step === channels ? 0 : channels);
    player.toggle();
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const next = { ArrowRight: step + 1, ArrowDown: step + 1, ArrowLeft: step - 1, ArrowUp: step - 1, Home: 0, End: channels }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      player.pause();
      setStep(Math.max(0, Math.min(channels, next)));
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      toggle();
    }
  };
  const without = groupsSeen(channels, groups, false);
  const withShuffle = groupsSeen(channels, groups, true);
  const last = step > 0 ? source[step - 1] : null;
  return (
    <div className={ui.results}>
      <div className={styles.buttons}>
        <Button variant="primary" onClick={onPlay}>
          {player.playing ? S.pause : S.play}
        </Button>
        <Button onClick={toggle}>{step === channels ? S.showBefore : S.showAfter}</Button>
      </div>
      <p className={styles.note}>{S.keys}</p>
      <div className={styles.layout}>
        <div className={styles.figureWrap}>
          <ShuffleFigure channels={channels} groups={groups} source={source} step={step} onKey={onKey} />
        </div>
        <div className={styles.side}>
          <p aria-live="polite" data-part="announce">
            {last === null ? S.announceNone : S.announce(step - 1, last, groupOf(last, channels, groups) + 1)}
          </p>
          <p>
            {S.order} <span className={styles.mono} data-part="order">{source.join(', ')}</span>
          </p>
          <h4 className={styles.heading}>{S.seenHeading}</h4>
          <div className={styles.tableWrap} role="region" aria-label={S.seenHeading} tabIndex={0}>
            <table className={styles.table} data-part="seen">
              <thead>
                <tr>
                  <th scope="col">{S.seenCols.group}</th>
                  <th scope="col">{S.seenCols.without}</th>
                  <th scope="col">{S.seenCols.with}</th>
                </tr>
              </thead>
              <tbody>
                {without.map((w, g) => (
                  <tr key={g}>
                    <th scope="row">
                      <span className={styles.swatch} style={{ background: groupColour(g, groups) }} aria-hidden="true" />
                      {S.groupName(g)}
                    </th>
                    <td>{S.seenList(w)}</td>
                    <td>{S.seenList(withShuffle[g])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={styles.note}>{groups === 1 ? S.seenOne : S.seenAll}</p>
        </div>
      </div>
    </div>
  );
}
