import { memo, type PointerEvent } from 'react';
import type { Region } from '@/lib/nn/layerChain';
import type { MapView } from './model';
import styles from './maps.module.css';

interface Props {
  map: MapView;
  cell: number;
  /** The output map: its region is the selected unit, drawn in orange, and it takes the pointer. */
  output?: boolean;
  onPick?: (row: number, col: number) => void;
}

/** The grid lines of a map (one path, redrawn only when the map or the cell size changes). */
const GridLines = memo(function GridLines({ x0, n, cell }: { x0: number; n: number; cell: number }) {
  if (cell < 6) return null;
  let d = '';
  for (let i = 0; i <= n; i++) d += `M${x0 + i * cell} ${x0}V${x0 + n * cell}M${x0} ${x0 + i * cell}H${x0 + n * cell}`;
  return <path d={d} className={styles.gridLine} />;
});

const rect = (g: Region, lead: number, cell: number) => ({
  x: (g.c0 + lead) * cell,
  y: (g.r0 + lead) * cell,
  width: (g.c1 - g.c0 + 1) * cell,
  height: (g.r1 - g.r0 + 1) * cell,
});

/** One feature map with its padding ring, and the cells the selected output unit depends on. */
export function MapGrid({ map, cell, output = false, onPick }: Props) {
  const total = map.lead + map.side + map.trail;
  const size = total * cell;
  const pick = (e: PointerEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - box.left) / box.width) * total) - map.lead;
    const row = Math.floor(((e.clientY - box.top) / box.height) * total) - map.lead;
    if (row >= 0 && col >= 0 && row < map.side && col < map.side) onPick(row, col);
  };
  return (
    <svg
      width={size}
      height={size}
      className={onPick ? `${styles.map} ${styles.pickable}` : styles.map}
      aria-hidden="true"
      onPointerMove={onPick ? pick : undefined}
      onPointerDown={onPick ? pick : undefined}
      data-map={map.index}
    >
      {map.lead + map.trail > 0 ? <rect width={size} height={size} className={styles.paddingRing} /> : null}
      <rect x={map.lead * cell} y={map.lead * cell} width={map.side * cell} height={map.side * cell} className={styles.mapBg} />
      <GridLines x0={map.lead * cell} n={map.side} cell={cell} />
      <rect {...rect(map.region, map.lead, cell)} className={output ? styles.unit : styles.region} data-region={`${map.region.r0},${map.region.c0},${map.region.r1},${map.region.c1}`} />
    </svg>
  );
}
