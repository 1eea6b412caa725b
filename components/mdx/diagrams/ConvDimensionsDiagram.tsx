/**
 * `<ConvDimensionsDiagram />`: one kernel sliding over a sequence (1-D), an image (2-D) and a
 * volume or video (3-D), the window that makes one output value highlighted in both. Shapes and
 * multiply-adds come from lib/nn/convNd; `kinds="1d,3d"` draws only some of them.
 */
import { formatCount } from '@/lib/format/numberFormat';
import { convNdShape, type ConvNdShape } from '@/lib/nn/convNd';
import { Arrow } from './parts/Arrow';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { KernelGrid } from './parts/KernelGrid';
import { VoxelBlock } from './parts/VoxelBlock';
import { depthStep } from './parts/TensorBlock';
import { FONT, STROKE } from './parts/style';
import { CONV_DIMS_STRINGS as S } from './strings';

type Dims = '1d' | '2d' | '3d';
const ALL: readonly Dims[] = ['1d', '2d', '3d'];
const W = 230;
const TOP = 62;
/** The drawn 3-D volume is `frames` deep and this many cells high and wide. */
const SIDE_3D = 5;

const dimsText = (xs: readonly number[]) => xs.join('×');

/** The window's first position: one step in along every axis, so the picture shows sliding. */
const start = (stride: number, out: number) => (out > 1 ? 1 : 0) * stride;

function Window({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return <rect x={x} y={y} width={w} height={h} fill="var(--accent)" fillOpacity={0.4} stroke="var(--accent)" strokeWidth={STROKE} />;
}

/** The drawing of one kind: input above, output below, the window and its output value marked. Returns its height. */
function Drawing({ dims, shape, kernel, stride }: { dims: Dims; shape: ConvNdShape; kernel: number; stride: number }) {
  const [, ...inSize] = shape.input;
  const [, ...outSize] = shape.output;
  const last = inSize.length - 1;
  const cell = dims === '1d' ? Math.min(16, Math.floor((W - 30) / inSize[0])) : 14;
  const [ox, oy] = depthStep(cell);
  const depthUp = dims === '3d' ? -oy * inSize[0] : 0;
  const inW = inSize[last] * cell;
  const inH = dims === '1d' ? cell : inSize[last - 1] * cell;
  const x = (W - inW - (dims === '3d' ? ox * inSize[0] : 0)) / 2;
  const y = TOP + depthUp;
  const s0 = start(stride, outSize[last]);
  const winX = x + s0 * cell;
  const gap = 46;
  const outY = y + inH + gap + (dims === '3d' ? -oy * outSize[0] : 0);
  const outW = outSize[last] * cell;
  // A 1-D output with stride 1 sits under the centres of its windows; the others are centred.
  const outX = dims === '1d' && stride === 1 ? x + ((kernel - 1) / 2) * cell : (W - outW - (dims === '3d' ? ox * outSize[0] : 0)) / 2;
  const o0 = s0 / stride;
  const outCellX = outX + o0 * cell + cell / 2;
  const outH = dims === '1d' ? cell : outSize[last - 1] * cell;
  const winRow = dims === '1d' ? 0 : s0;
  const winCx = winX + (kernel * cell) / 2;
  const from = y + inH + 4;
  const to = outY + (dims === '3d' ? oy * outSize[0] : 0) - 4;
  const mid = (from + to) / 2;
  const outRowY = outY + (dims === '1d' ? 0 : o0 * cell);
  const arrow = winCx === outCellX ? ([[winCx, from], [outCellX, to]] as const) : ([[winCx, from], [winCx, mid], [outCellX, mid], [outCellX, to]] as const);
  const slideY = y - 10 + (dims === '3d' ? oy * inSize[0] : 0);
  return {
    height: outY + outH + 10,
    node: (
      <g>
        <Arrow points={[[winX, slideY], [winX + kernel * cell + 2 * cell, slideY]]} tone="accent" />
        {dims === '1d' ? null : <Arrow points={[[x - 10, y + winRow * cell], [x - 10, y + Math.min(winRow + kernel + 2, inSize[last - 1]) * cell]]} tone="accent" />}
        {dims === '3d' ? (
          <VoxelBlock x={x} y={y} depth={inSize[0]} rows={inSize[1]} cols={inSize[2]} cell={cell} mark={{ d: [0, kernel], h: [s0, s0 + kernel], w: [s0, s0 + kernel] }} />
        ) : (
          <>
            <KernelGrid x={x} y={y} rows={dims === '1d' ? 1 : inSize[0]} cols={inSize[last]} cell={cell} tone="data" />
            <Window x={winX} y={y + winRow * cell} w={kernel * cell} h={(dims === '1d' ? 1 : kernel) * cell} />
          </>
        )}
        {dims === '3d' ? (
          <VoxelBlock x={outX} y={outY} depth={outSize[0]} rows={outSize[1]} cols={outSize[2]} cell={cell} mark={{ d: [0, 1], h: [o0, o0 + 1], w: [o0, o0 + 1] }} />
        ) : (
          <>
            <KernelGrid x={outX} y={outY} rows={dims === '1d' ? 1 : outSize[0]} cols={outSize[last]} cell={cell} tone="data" />
            <Window x={outX + o0 * cell} y={outRowY} w={cell} h={cell} />
          </>
        )}
        <Arrow points={arrow} />
      </g>
    ),
  };
}

function Panel({ dims, shape, kernel, stride }: { dims: Dims; shape: ConvNdShape; kernel: number; stride: number }) {
  const drawing = Drawing({ dims, shape, kernel, stride });
  const k = dimsText(shape.kernel.slice(2));
  const perOutput = formatCount(shape.macs / shape.output.reduce((a, b) => a * b, 1));
  const input = dimsText(shape.input);
  const output = dimsText(shape.output);
  const y = drawing.height + 8;
  return (
    <DiagramPanel width={W} height={y + 72} scale={1.5} basis={0.9} title={S.title(S.heading[dims])} description={S.desc(S.heading[dims], input, k, output, perOutput, S.usedFor[dims])}>
      <Label x={W / 2} y={12} size={FONT} tone="fg" weight={600}>{S.heading[dims]}</Label>
      <Label x={W / 2} y={31} tone="accent">{S.slides[dims]}</Label>
      {drawing.node}
      <Label x={W / 2} y={y} tone="fg">{S.input(input, S.axes[dims])}</Label>
      <Label x={W / 2} y={y + 18} tone="fg">{S.kernel(k, output)}</Label>
      <Label x={W / 2} y={y + 36}>{S.perOutput(perOutput)}</Label>
      <Label x={W / 2} y={y + 56} tone="accent">{S.used(S.usedFor[dims])}</Label>
    </DiagramPanel>
  );
}

export interface ConvDimensionsProps {
  kinds?: string;
  /** 1-D sequence length (3 to 14), 2-D image side (3 to 8), 3-D frames (2 to 6; each 5 × 5). */
  length?: number;
  size?: number;
  frames?: number;
  kernel?: number;
  stride?: number;
}

export function ConvDimensionsDiagram({ kinds, length = 12, size = 6, frames = 4, kernel = 3, stride = 1 }: ConvDimensionsProps) {
  const list = kinds ? kinds.split(',').map((k) => k.trim()) : [...ALL];
  const unknown = list.find((k) => !(ALL as readonly string[]).includes(k));
  if (unknown !== undefined) return <DiagramError message={S.bad(`there is no kind "${unknown}" (try ${ALL.join(', ')}).`)} />;
  for (const [name, v, lo, hi] of [['length', length, 3, 14], ['size', size, 3, 8], ['frames', frames, 2, 6], ['kernel', kernel, 1, 5], ['stride', stride, 1, 3]] as const) {
    if (!Number.isInteger(v) || v < lo || v > hi) return <DiagramError message={S.bad(`${name} must be a whole number from ${lo} to ${hi} (got ${v}).`)} />;
  }
  const inputs: Record<Dims, number[]> = { '1d': [1, length], '2d': [1, size, size], '3d': [1, frames, SIDE_3D, SIDE_3D] };
  const shapes = (list as Dims[]).map((d) => {
    const axes = inputs[d].length - 1;
    const shape = convNdShape(inputs[d], 1, new Array(axes).fill(kernel), { stride: new Array(axes).fill(stride), padding: new Array(axes).fill(0) });
    return { dims: d, shape };
  });
  const bad = shapes.find((s) => typeof s.shape === 'string');
  if (bad) return <DiagramError message={S.bad(`${S.heading[bad.dims]}: ${bad.shape as string}`)} />;
  return (
    <DiagramFigure testId="conv-dimensions" caption={S.caption}>
      {shapes.map((s) => (
        <Panel key={s.dims} dims={s.dims} shape={s.shape as ConvNdShape} kernel={kernel} stride={stride} />
      ))}
    </DiagramFigure>
  );
}
