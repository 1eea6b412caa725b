'use client';
import { useState } from 'react';
import type { OverviewPass, UnitExplanation, UnitRef } from '@/lib/compute/overview/types';
import { valueIndex } from '@/lib/compute/overview/units';
import { DetailPanel } from '@/components/widgets/shared/stepper/DetailPanel';
import { geometryOfTrace } from '@/components/widgets/shared/stepper/geometry';
import { Playback } from '@/components/widgets/shared/stepper/Playback';
import type { SPEEDS } from '@/components/widgets/shared/stepper/speeds';
import { useStepping } from '@/components/widgets/shared/stepper/useStepping';
import { S } from './strings';
import css from './UnitDetail.module.css';

type Conv = Extract<UnitExplanation, { kind: 'conv' }>;

interface Props {
  explanation: Conv;
  pass: OverviewPass;
  unit: UnitRef;
  /** Slides the selection to another position of the same map. */
  onMove: (unit: UnitRef) => void;
}

/**
 * A trained conv unit, spelled out with the convolution stepper's own arithmetic: every input
 * channel's window × its kernel = products, the per-channel sums, the bias, the total; then the
 * activation that follows. The playback bar slides the window over the map, as in the stepper.
 */
export function ConvDetail({ explanation: e, pass, unit, onMove }: Props) {
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(2);
  const geometry = geometryOfTrace(e.trace);
  const outW = geometry.outW;
  const stepping = useStepping(e.position, geometry.positions, speed, ({ step }) => onMove({ ...unit, y: Math.floor(step / outW), x: step % outW }));
  const below = pass.layers[unit.layer]; // the layer this one reads (index unit.layer − 1)
  const next = pass.layers[unit.layer + 2];
  const nextLayer = pass.spec.layers[unit.layer + 1];
  const total = e.trace.output[e.position];
  const after =
    next && nextLayer?.type === 'activation'
      ? S.convAfter(S.activationNames[nextLayer.fn] ?? nextLayer.fn, total, next.values[valueIndex(next.shape, unit)])
      : null;
  return (
    <div className={css.detailBody}>
      <p className={css.detailText}>{S.convIntro(e.trace.inChannels, e.trace.kh)}</p>
      {e.selfPadded ? <p className={css.detailNote}>{S.selfPadded}</p> : null}
      <Playback step={stepping.step} total={stepping.total} outW={outW} playing={stepping.player.playing} speed={speed} onToggle={stepping.player.toggle} onStep={stepping.goTo} onSpeed={setSpeed} />
      <DetailPanel trace={e.trace} geometry={geometry} step={e.position} focus={0} imageRange={below.range} showOthers={false} className={e.trace.inChannels > 2 ? css.convRows : undefined} />
      {after ? <p className={css.detailText}>{after}</p> : null}
    </div>
  );
}
