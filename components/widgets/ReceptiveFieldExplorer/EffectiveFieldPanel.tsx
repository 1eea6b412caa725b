'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button } from '@/components/ui';
import type { ChainLayer } from '@/lib/nn/layerChain';
import { fieldSpread, shareSquare } from '@/lib/nn/fieldSpread';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { heatImage } from './heatImage';
import type { MapView } from './model';
import { S } from './strings';
import { ERF_CHANNELS, ERF_DRAWS } from './model';
import styles from './panels.module.css';
import maps from './maps.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  side: number;
  layers: readonly ChainLayer[];
  relu: boolean;
  seed: number;
  unit: [number, number];
  input: MapView;
  /** Side of the theoretical field of the output unit. */
  fieldSize: number;
  onNewDraw: () => void;
}

interface Result {
  key: string;
  magnitude: Float32Array;
}

/** The gradient of the selected unit on the input, as a heat map under the theoretical field. */
export function EffectiveFieldPanel({ side, layers, relu, seed, unit, input, fieldSize, onNewDraw }: Props) {
  const ref = useRef<HTMLElement>(null);
  const [boxRef, width] = useElementWidth<HTMLDivElement>(360);
  const { compute, error: loadError } = useCompute(ref);
  const key = JSON.stringify([side, layers, relu, seed, unit]);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  useEffect(() => {
    if (!compute) return;
    // Let the theoretical field redraw first; a burst of key presses computes only the last unit.
    const t = window.setTimeout(() => {
      try {
        const r = compute.effectiveReceptiveField({ side, layers, channels: ERF_CHANNELS, relu, seed, samples: ERF_DRAWS, unit });
        setResult({ key, magnitude: r.magnitude });
      } catch (e) {
        setError({ key, message: e instanceof Error ? e.message : String(e) });
      }
    }, 0);
    return () => window.clearTimeout(t);
    // `key` stands for side, layers, relu, seed and unit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compute, key]);
  const href = useMemo(() => (result ? heatImage(result.magnitude, side) : null), [result, side]);
  const stats = useMemo(() => {
    if (!result || result.magnitude.length !== side * side) return null;
    const spread = fieldSpread(result.magnitude, side);
    const c: [number, number] = [Math.round(spread.mean[0]), Math.round(spread.mean[1])];
    return {
      half: shareSquare(result.magnitude, side, c, 0.5),
      ninety: shareSquare(result.magnitude, side, c, 0.9),
      std: ((spread.std[0] + spread.std[1]) / 2).toFixed(1),
    };
  }, [result, side]);
  const fresh = result?.key === key;
  const failed = error?.key === key ? error.message : loadError;
  const size = fieldSize;
  const g = input.region;
  const total = input.lead + input.side + input.trail;
  // As large as the maps above (at most 240 px), so the numbers fit beside it.
  const cell = Math.max(3, Math.min(12, Math.floor(Math.min(width, 240) / total)));
  const px = total * cell;
  return (
    <section ref={ref} className={styles.panel} aria-label={S.erfHeading}>
      <h4 className={ui.heading}>{S.erfHeading}</h4>
      <p className={styles.note}>{S.erfCaption(seed, relu, ERF_DRAWS)}</p>
      <div ref={boxRef} className={styles.erfBox}>
      {failed ? (
        <Alert>{S.erfFailed(failed)}</Alert>
      ) : !result ? (
        <p className={ui.loading}>{S.erfLoading}</p>
      ) : (
        <div className={styles.erfBody} data-fresh={fresh}>
          <figure className={maps.mapBox}>
            <svg width={px} height={px} className={maps.map} role="img" aria-label={stats ? S.erfAlt(size, stats.half, stats.ninety, stats.std) : S.erfHeading}>
              {total > input.side ? <rect width={px} height={px} className={maps.paddingRing} /> : null}
              <rect x={input.lead * cell} y={input.lead * cell} width={side * cell} height={side * cell} className={maps.mapBg} />
              {href ? <image href={href} x={input.lead * cell} y={input.lead * cell} width={side * cell} height={side * cell} className={maps.heat} preserveAspectRatio="none" /> : null}
              <rect x={(g.c0 + input.lead) * cell} y={(g.r0 + input.lead) * cell} width={(g.c1 - g.c0 + 1) * cell} height={(g.r1 - g.r0 + 1) * cell} className={maps.outline} />
            </svg>
          </figure>
          {stats ? (
            <dl className={styles.erfStats}>
              <dt>{S.erfTheory}</dt>
              <dd data-value="theory">
                {size}×{size}
              </dd>
              <dt>{S.erfHalf}</dt>
              <dd data-value="half">
                {stats.half}×{stats.half}
              </dd>
              <dt>{S.erfNinety}</dt>
              <dd data-value="ninety">
                {stats.ninety}×{stats.ninety}
              </dd>
              <dt>{S.erfStd}</dt>
              <dd>
                {stats.std} <span className={styles.muted}>{S.erfUniform(Math.sqrt((size * size - 1) / 12).toFixed(1))}</span>
              </dd>
            </dl>
          ) : null}
        </div>
      )}
      </div>
      <p className={styles.note}>{S.erfScale}</p>
      <Button className={styles.button} onClick={onNewDraw}>
        {S.newDraw}
      </Button>
    </section>
  );
}
