/** Pictures made of cell grids: convolution, receptive fields, pooling. */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { poolOutputSize } from '@/lib/nn/poolArithmetic';
import { receptiveFieldsByLayer, type ReceptiveFieldLayer } from '@/lib/nn/receptiveField';
import { seededValues } from '@/lib/random/prng';
import { Arrow, C, CELL, CellMap, Picture, STROKE, THIN, H, round } from './svg';
import { strings } from './strings';

function size(result: ReturnType<typeof convOutputSize>): number {
  if (!result.ok) throw new Error(result.error);
  return result.size;
}

export const CONVOLUTION = { n: 5, f: 3, p: 0, s: 1 } as const;

export function convolutionData() {
  return { ...CONVOLUTION, out: size(convOutputSize(CONVOLUTION)) };
}

export function ConvolutionPicture() {
  const { n, f, out } = convolutionData();
  const [ix, iy] = [14, (H - n * CELL) / 2];
  const [ox, oy] = [116, (H - out * CELL) / 2];
  const corners = [
    [ix + f * CELL, iy, ox + CELL, oy],
    [ix + f * CELL, iy + f * CELL, ox + CELL, oy + CELL],
  ];
  return (
    <Picture label={strings.convolution(n, f, out)}>
      <CellMap x={ix} y={iy} rows={n} cols={n} />
      <CellMap x={ox} y={oy} rows={out} cols={out} />
      {corners.map(([x1, y1, x2, y2]) => (
        <line key={y1} x1={x1} y1={y1} x2={x2} y2={y2} stroke={C.accent} strokeWidth={THIN} strokeDasharray="3 2" />
      ))}
      <rect x={ix} y={iy} width={f * CELL} height={f * CELL} fill={C.accent} fillOpacity={0.25} stroke={C.accent} strokeWidth={STROKE * 1.5} />
      <rect x={ox} y={oy} width={CELL} height={CELL} fill={C.highlight} stroke={C.accent} strokeWidth={STROKE * 1.5} />
    </Picture>
  );
}

/** Three 3-wide convolutions, stride 1: the field grows by two cells a layer. */
export const FIELD_LAYERS: readonly ReceptiveFieldLayer[] = [{ kernel: 3 }, { kernel: 3 }, { kernel: 3 }];

/** The field of the top unit in each layer below it, from the one above down to the input. */
export function receptiveFieldData() {
  return FIELD_LAYERS.map((_, i) => receptiveFieldsByLayer(FIELD_LAYERS.slice(FIELD_LAYERS.length - 1 - i)).at(-1)!.size);
}

export function ReceptiveFieldPicture() {
  const sizes = [1, ...receptiveFieldData()];
  const cols = sizes.at(-1)! + 4;
  const x0 = (160 - cols * CELL) / 2;
  const gap = (H - 8 - sizes.length * CELL) / (sizes.length - 1);
  const rowY = (i: number) => 4 + i * (CELL + gap);
  const span = (s: number) => [x0 + ((cols - s) / 2) * CELL, x0 + ((cols + s) / 2) * CELL];
  return (
    <Picture label={strings.receptiveFields(sizes.slice(1))}>
      {sizes.slice(1).map((s, i) => {
        const [a, b] = span(sizes[i]);
        const [c, d] = span(s);
        const top = rowY(i) + CELL;
        return <path key={i} d={`M${a} ${top}L${b} ${top}L${d} ${rowY(i + 1)}L${c} ${rowY(i + 1)}Z`} fill={C.accent} fillOpacity={0.2} />;
      })}
      {sizes.map((s, i) => {
        const [a] = span(s);
        return (
          <g key={i}>
            <CellMap x={x0} y={rowY(i)} rows={1} cols={cols} />
            <rect x={a} y={rowY(i)} width={s * CELL} height={CELL} fill={i === 0 ? C.highlight : C.accent} fillOpacity={i === 0 ? 1 : 0.45} stroke={C.accent} strokeWidth={STROKE} />
          </g>
        );
      })}
    </Picture>
  );
}

export const POOLING = { n: 4, f: 2, seed: 7 } as const;

/** A seeded 4 × 4 map in [0, 1] and its 2 × 2 max pooling: the maxima and where they sit. */
export function poolingData() {
  const { n, f, seed } = POOLING;
  const out = size(poolOutputSize({ n, f }));
  const input = seededValues(seed, n * n, 0.05, 1, 2);
  const argmax = Array.from({ length: out * out }, (_, o) => {
    const [r0, c0] = [Math.floor(o / out) * f, (o % out) * f];
    let best = r0 * n + c0;
    for (let r = r0; r < r0 + f; r++) for (let c = c0; c < c0 + f; c++) if (input[r * n + c] > input[best]) best = r * n + c;
    return best;
  });
  return { n, f, out, input, argmax, output: argmax.map((i) => input[i]) };
}

export function PoolingPicture() {
  const { n, f, out, input, argmax, output } = poolingData();
  const cell = 12;
  const [ix, iy] = [14, (H - n * cell) / 2];
  const [ox, oy] = [122, (H - out * cell) / 2];
  const windows: string[] = [];
  for (let k = f; k < n; k += f) windows.push(`M${ix} ${iy + k * cell}h${n * cell}M${ix + k * cell} ${iy}v${n * cell}`);
  return (
    <Picture label={strings.pooling(n, out)}>
      <CellMap x={ix} y={iy} rows={n} cols={n} cell={cell} values={input} />
      <path d={windows.join('')} stroke={C.muted} strokeWidth={STROKE} />
      {argmax.map((i) => (
        <rect key={i} x={ix + (i % n) * cell + 1.5} y={iy + Math.floor(i / n) * cell + 1.5} width={cell - 3} height={cell - 3} fill="none" stroke={C.highlight} strokeWidth={STROKE * 1.5} />
      ))}
      <Arrow x1={ix + n * cell + 8} y1={H / 2} x2={ox - 8} y2={H / 2} />
      <CellMap x={ox} y={oy} rows={out} cols={out} cell={cell} values={output} />
      {output.map((_, o) => (
        <rect key={o} x={round(ox + (o % out) * cell + 1.5)} y={round(oy + Math.floor(o / out) * cell + 1.5)} width={cell - 3} height={cell - 3} fill="none" stroke={C.highlight} strokeWidth={STROKE * 1.5} />
      ))}
    </Picture>
  );
}
