'use client';
import { useMemo, useRef } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { attempt, NOT_YET } from '../shared/attempt';
import { ComputeStatus, SeededLayerShell, type SeededLayerProps } from '../shared/seededLayer/SeededLayerShell';
import { ChannelGrids } from '../shared/seededLayer/ChannelGrids';
import { ValueGrid } from '../shared/seededLayer/ValueGrid';
import { exampleLayer, fmt1, fmt3, fmtDiff, selectionByKey } from './model';
import { OutputsTable } from './OutputsTable';
import { FIELDS, schema, stateError } from './state';
import { ISSUES, numberMessage, S } from './strings';
import { WeightMatrix } from './WeightMatrix';
import styles from '../shared/seededLayer/seededLayer.module.css';

export interface FcAsConvProps extends SeededLayerProps {
  /** How many cells larger than the layer expects the image is (0: exactly its size). */
  extra?: number;
}

export function FcAsConv({ id, title = S.title, ...props }: FcAsConvProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const problem = stateError(state);

  const layer = useMemo(() => (problem ? null : exampleLayer(state)), [problem, state]);
  const computed = useMemo(
    () => (compute && layer ? attempt(() => compute.fcAsConv({ ...layer, outputs: state.outputs, kh: state.h, kw: state.w })) : NOT_YET),
    [compute, layer, state.outputs, state.h, state.w],
  );
  const result = computed.value;

  const outH = state.extra + 1;
  const outW = state.extra + 1;
  const positions = outH * outW;
  const unit = Math.min(state.unit, state.outputs - 1);
  const pos = Math.min(state.pos, positions - 1);
  const winR = Math.floor(pos / outW);
  const winC = pos % outW;
  const kernelSize = state.h * state.w;
  const inputs = state.c * kernelSize;

  const onKey = (key: string) => {
    const next = selectionByKey(key, { unit, pos }, state.outputs, positions);
    if (next) set(next);
    return next !== null;
  };
  const where = state.extra > 0 ? S.windowAt(winR, winC) : null;
  const said = result
    ? S.announce(unit, fmt3(result.fc[pos * state.outputs + unit]), fmt3(result.conv[unit * positions + pos]), where)
    : '';

  return (
    <WidgetFrame name="FcAsConv" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <SeededLayerShell id={id} rootRef={rootRef} words={S} fields={FIELDS} schema={schema} state={state} set={set} problem={problem} message={numberMessage}
        summary={layer ? S.summary(state.c, state.h, state.w, state.outputs, layer.inputShape[1], layer.inputShape[2]) : ''}
        onKey={onKey}
        said={said}
      >
        {layer ? (
          <>
            <section className={styles.panel} data-part="image">
              <h4 className={styles.panelTitle}>{S.imageTitle(state.c, layer.inputShape[1], layer.inputShape[2])}</h4>
              <ChannelGrids values={layer.input} channels={state.c} label={S.channel} rows={layer.inputShape[1]} cols={layer.inputShape[2]} mark={{ r: winR, c: winC, h: state.h, w: state.w }} />
            </section>
            <section className={styles.panel}>
              <h4 className={styles.panelTitle}>{S.matrixTitle(state.outputs, inputs)}</h4>
              <WeightMatrix weights={layer.weights} rows={state.outputs} cols={inputs} perChannel={kernelSize} unit={unit} onPick={(u) => set({ unit: u })} />
              <p className={styles.legend}>{S.matrixLegend}</p>
              <h4 className={styles.panelTitle}>{S.kernelTitle(unit, state.c, state.h, state.w)}</h4>
              <ChannelGrids part="kernel" values={layer.weights.slice(unit * inputs, (unit + 1) * inputs)} channels={state.c} label={S.channel} rows={state.h} cols={state.w} />
              <p className={styles.note} data-part="bias" data-value={layer.bias[unit]}>
                {S.biasLine(unit, fmt1(layer.bias[unit]))}
              </p>
            </section>
            <section className={`${styles.panel} ${styles.full}`} data-part="outputs">
              <h4 className={styles.panelTitle}>{S.outputsTitle}</h4>
              {state.extra > 0 ? <p className={styles.note}>{S.tooLarge(inputs, state.c * layer.inputShape[1] * layer.inputShape[2], state.h, state.w)}</p> : null}
              {result ? (
                <>
                  <OutputsTable result={result} outputs={state.outputs} pos={pos} unit={unit} onPick={(u) => set({ unit: u })} />
                  <p className={styles.diff} data-part="max-diff">
                    {result.maxAbsDiff === 0 ? S.maxDiffZero : S.maxDiff(fmtDiff(result.maxAbsDiff))}
                  </p>
                  <p className={styles.note}>{S.same}</p>
                  {state.extra > 0 ? (
                    <ValueGrid
                      label={S.mapTitle(unit, outH, outW)}
                      values={result.conv.slice(unit * positions, (unit + 1) * positions)}
                      rows={outH}
                      cols={outW}
                      mark={{ r: winR, c: winC, h: 1, w: 1 }}
                      format={fmt3}
                      scale={3}
                      wide
                      onPick={(r, c) => set({ pos: r * outW + c })}
                    />
                  ) : null}
                </>
              ) : (
                <ComputeStatus error={loadError ?? (computed.error ? S.computeFailed(computed.error) : null)} loading={S.loadingEngine} />
              )}
            </section>
          </>
        ) : null}
      </SeededLayerShell>
    </WidgetFrame>
  );
}
