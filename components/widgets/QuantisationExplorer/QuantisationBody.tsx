'use client';
import { useCallback, useMemo, useState } from 'react';
import { BITS, fakeQuantise, type Granularity } from '@/lib/compression/quantise';
import { Alert, NumberField, Segmented, SelectField } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import { WeightHistogram } from '@/components/widgets/shared/compression/WeightHistogram';
import { useLoopSweep, type LabBodyProps } from '@/components/widgets/shared/compression/useLabBody';
import { layerTitle } from '@/components/widgets/shared/compression/layerTitle';
import { channelValues, kernelGrid, modelSizes } from './model';
import { GRANULARITIES, type QuantisationState } from './state';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import cs from '@/components/widgets/shared/compression/compression.module.css';


type Accuracies = Partial<Record<number, number>>;
/** Float (32) and every bit width, measured in that order. */
const WIDTHS = [32, ...BITS];

export function QuantisationBody({ id, lab, state, set }: LabBodyProps<QuantisationState>) {
  const { compute, network, data } = lab;
  const kernels = useMemo(() => compute.kernelsOf(network), [compute, network]);
  const weights = useMemo(() => network.getWeights(), [network]);

  // Accuracy at float (key 32) and at every bit width, for both granularities, measured once each.
  const [acc, setAcc] = useState<Record<Granularity, Accuracies>>({ tensor: {}, channel: {} });
  const g = state.granularity;
  const measure = useCallback(
    (k: number) => {
      const bits = WIDTHS[k];
      const replaced = bits === 32 ? new Map<string, Float32Array>() : new Map(kernels.map((kn) => [kn.name, fakeQuantise(weights.get(kn.name)!, bits, g, kn.channels).weights]));
      const a = compute.evaluateWith(network, replaced, data.test).accuracy;
      setAcc((prev) => ({ ...prev, [g]: { ...prev[g], [bits]: a } }));
    },
    [compute, network, kernels, weights, data.test, g],
  );
  useLoopSweep(lab, WIDTHS.length, measure);

  const layer = Math.min(state.layer, kernels.length - 1);
  const kernel = kernels[layer];
  const channelProblem = state.granularity === 'channel' && !(state.channel >= 0 && state.channel < kernel.channels) ? S.errors.channel(kernel.channels) : null;
  const values = state.granularity === 'channel' && !channelProblem ? channelValues(weights.get(kernel.name)!, kernel.channels, state.channel) : weights.get(kernel.name)!;
  const grid = useMemo(() => kernelGrid(values, state.bits), [values, state.bits]);
  const sizes = (bits: number) => modelSizes(weights, kernels, state.granularity, bits);
  const floatSize = sizes(8).float;
  const kernelWeights = kernels.reduce((n, k) => n + k.size, 0);
  const scales = state.granularity === 'channel' ? kernels.reduce((n, k) => n + k.channels, 0) : kernels.length;
  const rest = [...weights.values()].reduce((n, w) => n + w.length, 0) - kernelWeights;
  const mine = acc[state.granularity];
  const pct = (v: number | undefined) => (v === undefined ? S.pending : S.percent(v));
  const current = mine[state.bits];
  return (
    <div className={`${ui.results} ${ui.focusScope}`}>
      <div className={`${ui.panel} ${cs.row}`}>
        <Segmented variant="chips" name={`${id}-bits`} legend={S.bitsLegend} options={BITS} value={state.bits} onChange={(bits) => set({ bits })} label={S.bitsLabel} />
        <Segmented variant="chips" name={`${id}-granularity`} legend={S.granularityLegend} options={GRANULARITIES} value={state.granularity} onChange={(granularity) => set({ granularity })} label={(g) => S.granularity[g]} />
      </div>
      <p className={ui.ratio} aria-live="polite" data-part="quant-status" data-accuracy={current ?? ''}>
        {S.live(state.bits, pct(current), S.bytes(sizes(state.bits).quantised))}
      </p>
      <DataTable caption={S.tableCaption} columns={[S.cols.format, S.cols.accuracy, S.cols.bytes, S.cols.ratio]} wide>
        <tr>
          <th scope="row">{S.float}</th>
          <td>{pct(mine[32])}</td>
          <td>{S.bytes(floatSize)}</td>
          <td>{S.one}</td>
        </tr>
        {BITS.map((b) => {
          const q = sizes(b).quantised;
          return (
            <tr key={b} aria-current={b === state.bits || undefined} data-bits={b} data-accuracy={mine[b] ?? ''} data-bytes={q}>
              <th scope="row">{S.bitsRow(b)}</th>
              <td>{pct(mine[b])}</td>
              <td>{S.bytes(q)}</td>
              <td>{S.ratio(floatSize / q)}</td>
            </tr>
          );
        })}
      </DataTable>
      <p className={cs.note}>{S.sizeNote(kernelWeights, scales, rest)}</p>
      <div className={`${ui.panel} ${cs.row}`}>
        <SelectField label={S.layerLabel} value={layer} options={kernels.map((_, i) => i)} format={(i) => layerTitle(kernels[i].name, kernels[i].shape)} onChange={(i) => set({ layer: i, channel: 0 })} />
        {state.granularity === 'channel' ? (
          <NumberField label={S.channelLabel(kernel.channels)} value={state.channel + 1} min={1} max={kernel.channels} onChange={(v) => set({ channel: v - 1 })} invalid={!!channelProblem} errorId={`${id}-channel-error`} />
        ) : null}
      </div>
      {channelProblem ? (
        <Alert id={`${id}-channel-error`}>{channelProblem}</Alert>
      ) : (
        <>
          <WeightHistogram histogram={grid.hist} grid={grid.grid} caption={S.histCaption(state.bits)} label={S.histLabel(layerTitle(kernel.name, kernel.shape), state.bits, grid.scale, grid.err)} />
          <p className={cs.note}>{S.errorLine(grid.scale, grid.err)}</p>
        </>
      )}
    </div>
  );
}
