'use client';
import { useEffect, useMemo, useState } from 'react';
import { formatCount } from '@/lib/format/numberFormat';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Controls } from './Controls';
import { Convergence } from './Convergence';
import { MaskFigure } from './MaskFigure';
import { dropoutView, fmt, maskDraws, nextPlayCount } from './model';
import { NumbersTable } from './NumbersTable';
import { MAX_MASKS, schema, type DropoutState } from './state';
import { ISSUES, S } from './strings';
import { useReducedMotion } from '../shared/useReducedMotion';
import styles from './DropoutDemo.module.css';
import ui from '../shared/widgetUi.module.css';

export interface DropoutDemoProps {
  id: string;
  title?: string;
  p?: number;
  masks?: number;
  seed?: number;
  scaling?: DropoutState['scaling'];
  after?: DropoutState['after'];
  /** The output unit the first chart follows (0-based). */
  unit?: number;
}

/** Milliseconds between two steps of Play. */
const TICK_MS = 70;

export function DropoutDemo({ id, title = S.title, ...props }: DropoutDemoProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const reduced = useReducedMotion();
  const [wantsPlay, setWantsPlay] = useState(false);
  const playing = wantsPlay && !reduced && state.masks < MAX_MASKS;
  const draws = useMemo(() => maskDraws(state.seed), [state.seed]);
  const view = useMemo(() => dropoutView(state, draws), [state, draws]);
  const unit = Math.min(state.unit, view.setup.layer.outputs - 1);
  const hintId = `${id}-keys`;

  useEffect(() => {
    if (!playing) return;
    const t = window.setTimeout(() => set({ masks: nextPlayCount(state.masks) }), TICK_MS);
    return () => window.clearTimeout(t);
  }, [playing, state.masks, set]);

  const n = view.run.errors.length;
  const keptIdx = view.keep.flatMap((k, i) => (k ? [i] : []));
  const said = n
    ? S.announce(n, keptIdx, view.keep.length - keptIdx.length, view.scale !== 1 ? S.scaleNote(fmt(view.scale, 2)) : '', fmt(view.run.errors[n - 1], 4))
    : S.none;
  const setMasks = (m: number) => {
    setWantsPlay(false);
    set({ masks: Math.min(MAX_MASKS, Math.max(0, m)) });
  };

  return (
    <WidgetFrame name="DropoutDemo" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope} ${ui.results}`}>
        <Controls
          state={state}
          set={set}
          playing={playing}
          reduced={reduced}
          onDraw={() => setMasks(state.masks + 1)}
          onPlay={() => {
            if (state.masks >= MAX_MASKS) set({ masks: 1 });
            setWantsPlay(!playing);
          }}
          onDraw100={() => setMasks(state.masks + 100)}
          onReset={() => setMasks(1)}
          onNewSeed={() => {
            setWantsPlay(false);
            set({ seed: (state.seed + 1) % 10_000, masks: 1 });
          }}
        />
        <p className={styles.count} data-part="count">
          {S.count(formatCount(n))}
        </p>
        <p id={hintId} className={styles.hint}>
          {S.keyHint}
          {reduced ? ` ${S.reducedMotion}` : ''}
        </p>
        <div className={styles.stage}>
          <div className={ui.results}>
            <MaskFigure view={view} unit={unit} onUnit={(u) => set({ unit: u })} hintId={hintId} />
            <NumbersTable view={view} scaling={state.scaling} unit={unit} onUnit={(u) => set({ unit: u })} />
            <p className={view.bias > 1e-9 ? `${ui.ratio} ${styles.gap}` : ui.ratio} data-part="gap">
              {view.bias > 1e-9 ? S.gapNote(fmt(view.bias, 4)) : S.exactNote}
            </p>
          </div>
          <Convergence view={view} unit={unit} />
        </div>
        <p className={ui.visuallyHidden} aria-live="polite">
          {playing ? '' : said}
        </p>
      </div>
    </WidgetFrame>
  );
}
