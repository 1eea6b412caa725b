/** Pictures of the course's trained network at work: what a CNN is, and what its units learned. */
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { channel, courseModel, forwardPass, halve, type Maps } from './courseModel';
import { Arrow, Bars, C, CellMap, H, Picture, STROKE, THIN } from './svg';
import { strings } from './strings';

/** Shades of a 14 × 14 map: more than the eye tells apart at card size. */
const MAP_LEVELS = 12;

/** Values scaled to [0, 1] by the largest (maps after a ReLU are ≥ 0). */
const unit = (v: ArrayLike<number>) => {
  const top = Math.max(...Array.from(v), 1e-9);
  return Float32Array.from(v, (x) => Math.max(0, x) / top);
};

/** The strongest channels of a map stack on this image, strongest first. */
function strongest(m: Maps, count: number): number[] {
  const sums = Array.from({ length: m.c }, (_, c) => channel(m, c).reduce((s, v) => s + v, 0));
  return sums.map((s, c) => [s, c]).sort((a, b) => b[0] - a[0]).slice(0, count).map(([, c]) => c);
}

/** The first stage's output (after its pooling) and the probabilities of the real network on the picture's test image. */
export function whatIsACnnData() {
  const model = courseModel();
  const { outputs, probabilities } = forwardPass(model);
  const stage = outputs[model.spec.layers.findIndex((l) => l.type === 'pool')];
  return {
    image: halve(model.image, model.spec.input[0]),
    side: model.spec.input[0] / 2,
    label: model.label,
    stage: { side: stage.h, maps: strongest(stage, 3).map((c) => unit(channel(stage, c))) },
    probabilities,
    predicted: probabilities.indexOf(Math.max(...probabilities)),
  };
}

export function WhatIsACnnPicture() {
  const d = whatIsACnnData();
  const imageCell = 3.2;
  const imgY = (H - d.side * imageCell) / 2;
  const size = 32;
  const cell = size / d.stage.side;
  const shift = 5;
  const back = d.stage.maps.length - 1;
  const [sx, sy] = [62, (H - size) / 2 + (back * shift) / 2];
  return (
    <Picture label={strings.whatIsACnn(FASHION_CLASSES[d.label], FASHION_CLASSES[d.predicted], Math.round(d.probabilities[d.predicted] * 100))}>
      <CellMap x={4} y={imgY} rows={d.side} cols={d.side} cell={imageCell} values={d.image} colour={C.fg} outline={false} levels={MAP_LEVELS} />
      <Arrow x1={4 + d.side * imageCell + 3} y1={H / 2} x2={sx - 3} y2={H / 2} />
      {d.stage.maps
        .map((m, j) => {
          const [x, y] = [sx + j * shift, sy - j * shift];
          return (
            <g key={j}>
              <rect x={x} y={y} width={size} height={size} fill={C.surface} stroke={C.muted} strokeWidth={THIN} />
              {j === 0 && <CellMap x={x} y={y} rows={d.stage.side} cols={d.stage.side} cell={cell} values={m} outline={false} levels={MAP_LEVELS} />}
            </g>
          );
        })
        .reverse()}
      <Arrow x1={sx + size + back * shift + 3} y1={H / 2} x2={sx + size + back * shift + 12} y2={H / 2} />
      <Bars x={116} y={22} width={40} height={56} values={d.probabilities} colours={d.probabilities.map((_, i) => (i === d.predicted ? C.accent : C.muted))} gap={1.2} />
      <path d="M116 78.5H156" stroke={C.muted} strokeWidth={THIN} />
    </Picture>
  );
}

/** The first layer's learned 3 × 3 filters, and the pooled response of the one that responds most to the test image. */
export function visualisingData() {
  const model = courseModel();
  const first = model.spec.layers[0];
  if (first.type !== 'conv') throw new Error('The course model does not start with a convolution.');
  const kernel = model.weights.get('0.kernel');
  if (!kernel) throw new Error('The course model has no first-layer kernel.');
  const k = first.kernel;
  const n = first.filters;
  const filters = Array.from({ length: n }, (_, f) => Float32Array.from({ length: k * k }, (_, p) => kernel[p * n + f]));
  const { outputs } = forwardPass(model);
  const pooled = outputs[model.spec.layers.findIndex((l) => l.type === 'pool')];
  const [chosen] = strongest(pooled, 1);
  return { k, filters, chosen, heat: unit(channel(pooled, chosen)), side: pooled.h, image: halve(model.image, model.spec.input[0]) };
}

export function VisualisingCnnsPicture() {
  const { k, filters, chosen, heat, side, image } = visualisingData();
  const top = Math.max(...filters.flatMap((f) => Array.from(f, Math.abs)));
  const per = Math.ceil(Math.sqrt(filters.length));
  const cell = 4.4;
  // The filters as one mosaic, an empty cell between neighbours: one path per shade for all of them.
  const side0 = per * (k + 1) - 1;
  const mosaic = new Float32Array(side0 * side0);
  filters.forEach((f, i) => {
    const [r0, c0] = [Math.floor(i / per) * (k + 1), (i % per) * (k + 1)];
    f.forEach((v, p) => (mosaic[(r0 + Math.floor(p / k)) * side0 + c0 + (p % k)] = v / top));
  });
  const [gx, gy] = [8, (H - side0 * cell) / 2];
  const at = (i: number) => [gx + (i % per) * (k + 1) * cell, gy + Math.floor(i / per) * (k + 1) * cell] as const;
  const heatCell = 4.4;
  const [hx, hy] = [160 - 8 - side * heatCell, (H - side * heatCell) / 2];
  return (
    <Picture label={strings.visualisingCnns(filters.length)}>
      {filters.map((_, i) => (
        <rect key={i} x={at(i)[0]} y={at(i)[1]} width={k * cell} height={k * cell} fill={C.surface} />
      ))}
      <CellMap x={gx} y={gy} rows={side0} cols={side0} cell={cell} values={mosaic} colour={C.positive} outline={false} levels={MAP_LEVELS} bare />
      <CellMap x={gx} y={gy} rows={side0} cols={side0} cell={cell} values={mosaic.map((v) => -v)} colour={C.negative} outline={false} levels={MAP_LEVELS} bare />
      <rect x={at(chosen)[0]} y={at(chosen)[1]} width={k * cell} height={k * cell} fill="none" stroke={C.highlight} strokeWidth={STROKE * 1.5} />
      <CellMap x={hx} y={hy} rows={side} cols={side} cell={heatCell} values={image.map((v) => v * 0.5)} colour={C.fg} outline={false} levels={MAP_LEVELS} />
      <CellMap x={hx} y={hy} rows={side} cols={side} cell={heatCell} values={heat.map((v) => v * 0.9)} colour={C.highlight} outline={false} levels={MAP_LEVELS} />
      <rect x={hx} y={hy} width={side * heatCell} height={side * heatCell} fill="none" stroke={C.highlight} strokeWidth={STROKE} />
    </Picture>
  );
}
