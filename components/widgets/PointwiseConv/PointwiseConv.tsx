'use client';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { PointwiseResult } from '@/lib/compute/fcAsConv';
import { Alert } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { SeededSettings } from '../shared/seededLayer/SeededSettings';
import { LiveTex } from '../shared/LiveTex';
import { ValueGrid } from '../shared/seededLayer/ValueGrid';
import { fmt3, fmtDiff } from '../shared/seededLayer/format';
import { channelVector, pixelByKey, pixelTex, pointwiseExample, pointwiseParams } from './model';
import { FIELDS, schema, stateError } from './state';
import { ISSUES, numberMessage, S } from './strings';
import styles from '../shared/seededLayer/seededLayer.module.css';
import own from './PointwiseConv.module.css';
import ui from '../shared/widgetUi.module.css';

export interface PointwiseConvProps {
  id: string;
  title?: string;
  c?: number;
  h?: number;
  w?: number;
  outputs?: number;
  seed?: number;
}

export function PointwiseConv({ id, title = S.title, ...props }: PointwiseConvProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  const hintId = `${id}-keys`;
  const example = useMemo(() => (problem ? null : pointwiseExample(state)), [problem, state]);
  const computed = useMemo((): { result: PointwiseResult | null; error: string | null } => {
    if (!compute || !example) return { result: null, error: null };
    try {
      return { result: compute.pointwiseAsFc({ ...example, outputs: state.outputs }), error: null };
    } catch (e) {
      return { result: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [compute, example, state.outputs]);
  const { result } = computed;
  const pixels = state.h * state.w;
  const pixel = Math.min(state.pixel, pixels - 1);
  const r = Math.floor(pixel / state.w);
  const c = pixel % state.w;
  const y = result ? Array.from({ length: state.outputs }, (_, o) => result.conv[o * pixels + pixel]) : null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || problem) return;
    const next = pixelByKey(e.key, pixel, state.h, state.w);
    if (next === null) return;
    e.preventDefault();
    set({ pixel: next });
  };

  return (
    <WidgetFrame name="PointwiseConv" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${styles.root}`}>
        <SeededSettings
          legend={S.settings}
          fields={FIELDS}
          labels={S.fields}
          values={state}
          limits={schema.fields}
          onChange={(f, v) => set({ [f]: v })}
          invalidField={problem?.field}
          errorId={errorId}
          reseedLabel={S.reseed}
          gridClassName={styles.fields}
        />
        {problem || !example ? (
          <Alert id={errorId} title={S.invalidHeading}>
            {problem ? numberMessage(problem.issue) : null}
          </Alert>
        ) : (
          <>
            <p id={hintId} className={styles.hint}>
              {S.keyHint}
            </p>
            <div className={`${styles.stage} ${own.stage}`} tabIndex={0} role="group" aria-label={S.figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
              <p className={ui.visuallyHidden}>{S.summary(state.c, state.h, state.w, state.outputs)}</p>
              <section className={styles.panel}>
                <h4 className={styles.panelTitle}>{S.inputTitle(state.c, state.h, state.w)}</h4>
                <div className={styles.grids}>
                  {Array.from({ length: state.c }, (_, ch) => (
                    <ValueGrid
                      key={ch}
                      label={S.channel(ch)}
                      values={example.input.slice(ch * pixels, (ch + 1) * pixels)}
                      rows={state.h}
                      cols={state.w}
                      mark={{ r, c, h: 1, w: 1 }}
                      onPick={(rr, cc) => set({ pixel: rr * state.w + cc })}
                    />
                  ))}
                </div>
              </section>
              <section className={styles.panel} data-part="outputs">
                <h4 className={styles.panelTitle}>{S.outputTitle(state.outputs, state.h, state.w)}</h4>
                {result ? (
                  <>
                    <div className={styles.grids}>
                      {Array.from({ length: state.outputs }, (_, o) => (
                        <ValueGrid
                          key={o}
                          label={S.channel(o)}
                          values={result.conv.slice(o * pixels, (o + 1) * pixels)}
                          rows={state.h}
                          cols={state.w}
                          mark={{ r, c, h: 1, w: 1 }}
                          format={fmt3}
                          scale={2}
                          wide
                          onPick={(rr, cc) => set({ pixel: rr * state.w + cc })}
                        />
                      ))}
                    </div>
                    <p className={styles.diff} data-part="max-diff">
                      {S.perPixel(pixels, fmtDiff(result.maxAbsDiff))}
                    </p>
                  </>
                ) : computed.error || loadError ? (
                  <Alert>{loadError ?? S.computeFailed(computed.error ?? '')}</Alert>
                ) : (
                  <p className={ui.loading}>{S.loadingEngine}</p>
                )}
              </section>
              <section className={`${styles.panel} ${styles.full}`}>
                <h4 className={styles.panelTitle}>{S.pixelTitle(r, c)}</h4>
                {y ? (
                  <div className={own.mathScroll} tabIndex={0} role="region" aria-label={S.pixelTitle(r, c)}>
                    <LiveTex display minHeight="0" tex={pixelTex(example.weights, state.outputs, channelVector(example.input, example.inputShape, pixel), example.bias, y)} />
                  </div>
                ) : null}
                <p className={styles.note}>{S.pixelNote(state.c, state.outputs)}</p>
                <p className={styles.note}>{S.params(state.c, state.outputs, pointwiseParams(state.c, state.outputs))}</p>
              </section>
            </div>
            <p className={ui.visuallyHidden} aria-live="polite">
              {y ? S.announce(r, c, y.map(fmt3).join(', ')) : ''}
            </p>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}
