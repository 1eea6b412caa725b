'use client';
import { useRef, type KeyboardEvent } from 'react';
import { STAGES, type Pipeline, type Stage } from '@/lib/preprocessing/pipeline2d';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CloudPlot } from './CloudPlot';
import { S } from './strings';
import button from '@/components/ui/Button.module.css';
import styles from './PreprocessingExplorer.module.css';

interface Props {
  idBase: string;
  pipeline: Pipeline;
  stage: Stage;
  showTest: boolean;
  onStage: (s: Stage) => void;
}

/** The five steps as tabs, each drawn as a small scatter plot: every step is visible at once. */
export function StageTabs({ idBase, pipeline, stage, showTest, onStage }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(700);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const cols = width < 520 ? 3 : 5;
  const thumb = Math.max(60, Math.floor((width - (cols - 1) * 8) / cols) - 14);
  const current = STAGES.indexOf(stage);
  const go = (i: number) => {
    const next = STAGES[(i + STAGES.length) % STAGES.length];
    onStage(next);
    buttons.current[STAGES.indexOf(next)]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: STAGES.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    go(moves[e.key]);
  };
  return (
    <div ref={ref} role="tablist" aria-label={S.stagesLabel} className={styles.tabs} style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }} onKeyDown={onKey}>
      {STAGES.map((s, i) => {
        const result = pipeline.stages.find((r) => r.stage === s);
        const selected = s === stage;
        return (
          <button
            key={s}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${s}`}
            aria-selected={selected}
            aria-controls={`${idBase}-stage`}
            tabIndex={selected ? 0 : -1}
            className={`${button.button} ${styles.tab}`}
            onClick={() => onStage(s)}
          >
            <span className={styles.tabLabel}>{cols === 5 ? `${i + 1}. ${S.stageShort[s]}` : S.stageShort[s]}</span>
            {result ? (
              <CloudPlot result={result} size={thumb} showTest={showTest} />
            ) : (
              <span className={styles.tabBlocked} style={{ width: thumb, height: thumb }}>
                {S.notComputed}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
