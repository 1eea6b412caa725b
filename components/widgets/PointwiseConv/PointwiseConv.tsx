'use client';
import { useMemo, useRef } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { attempt, NOT_YET } from '../shared/attempt';
import { ComputeStatus, SeededLayerShell, type SeededLayerProps } from '../shared/seededLayer/SeededLayerShell';
import { LiveTex } from '../shared/LiveTex';
import { ChannelGrids } from '../shared/seededLayer/ChannelGrids';
import { fmt3, fmtDiff } from '../shared/seededLayer/format';
import { channelVector, pixelByKey, pixelTex, pointwiseExample, pointwiseParams } from './model';
import { FIELDS, schema, stateError } from './state';
import { ISSUES, numberMessage, S } from './strings';
import styles from '../shared/seededLayer/seededLayer.module.css';
import own from './PointwiseConv.module.css';

export type PointwiseConvProps = SeededLayerProps;

export function PointwiseConv({ id, title = S.title, ...props }: PointwiseConvProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const problem = stateError(state);
  const example = useMemo(() => (problem ? null : pointwiseExample(state)), [problem, state]);
  const computed = useMemo(() => (compute && example ? attempt(() => compute.pointwiseAsFc({ ...example, outputs: state.outputs })) : NOT_YET), [compute, example, state.outputs]);
  const result = computed.value;
  const pixels = state.h * state.w;
  const pixel = Math.min(state.pixel, pixels - 1);
  const r = Math.floor(pixel / state.w);
  const c = pixel % state.w;
  const y = result ? Array.from({ length: state.outputs }, (_, o) => result.conv[o * pixels + pixel]) : null;

  const pick = (rr: number, cc: number) => set({ pixel: rr * state.w + cc });
  const onKey = (key: string) => {
    const next = pixelByKey(key, pixel, state.h, state.w);
    if (next !== null) set({ pixel: next });
    return next !== null;
  };

  return (
    <WidgetFrame name="PointwiseConv" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <SeededLayerShell id={id} rootRef={rootRef} words={S} fields={FIELDS} schema={schema} state={state} set={set} problem={problem} message={numberMessage}
        summary={S.summary(state.c, state.h, state.w, state.outputs)}
        onKey={onKey}
        stageClassName={own.stage}
        said={y ? S.announce(r, c, y.map(fmt3).join(', ')) : ''}
      >
        {example ? (
          <>
            <section className={styles.panel}>
              <h4 className={styles.panelTitle}>{S.inputTitle(state.c, state.h, state.w)}</h4>
              <ChannelGrids values={example.input} channels={state.c} label={S.channel} rows={state.h} cols={state.w} mark={{ r, c, h: 1, w: 1 }} onPick={pick} />
            </section>
            <section className={styles.panel} data-part="outputs">
              <h4 className={styles.panelTitle}>{S.outputTitle(state.outputs, state.h, state.w)}</h4>
              {result ? (
                <>
                  <ChannelGrids values={result.conv} channels={state.outputs} label={S.channel} rows={state.h} cols={state.w} mark={{ r, c, h: 1, w: 1 }} format={fmt3} scale={2} wide onPick={pick} />
                  <p className={styles.diff} data-part="max-diff">
                    {S.perPixel(pixels, fmtDiff(result.maxAbsDiff))}
                  </p>
                </>
              ) : (
                <ComputeStatus error={loadError ?? (computed.error ? S.computeFailed(computed.error) : null)} loading={S.loadingEngine} />
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
          </>
        ) : null}
      </SeededLayerShell>
    </WidgetFrame>
  );
}
