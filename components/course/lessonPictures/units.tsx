/** Pictures of units and their connections: dropout, an SE gate, a Siamese pair. */
import { keepMask } from '@/lib/nn/dropout';
import { mulberry32, normalDraws, seededValues, uniforms } from '@/lib/random/prng';
import { sigmoid } from '@/lib/preprocessing/saturation';
import { distance } from '@/lib/metric/distances';
import { Arrow, C, H, Picture, STROKE, THIN, round } from './svg';
import { strings } from './strings';

export const DROPOUT = { inputs: 6, outputs: 4, p: 0.5, seed: 5 } as const;

/** One dropout mask on a dense layer's inputs, from the seeded generator. */
export function dropoutData() {
  const keep = keepMask(uniforms(DROPOUT.seed, DROPOUT.inputs), DROPOUT.p);
  return { keep, dropped: keep.filter((k) => !k).length };
}

export function FcDropoutPicture() {
  const { keep, dropped } = dropoutData();
  const column = (n: number, x: number) => Array.from({ length: n }, (_, i) => [x, round(H / 2 + (i - (n - 1) / 2) * 15)] as const);
  const ins = column(DROPOUT.inputs, 40);
  const outs = column(DROPOUT.outputs, 120);
  return (
    <Picture label={strings.fcDropout(dropped, DROPOUT.inputs)}>
      {ins.map(([x1, y1], i) =>
        keep[i] ? outs.map(([x2, y2], o) => <line key={`${i}-${o}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke={C.muted} strokeWidth={THIN} />) : null,
      )}
      {ins.map(([x, y], i) =>
        keep[i] ? (
          <circle key={i} cx={x} cy={y} r={5.5} fill={C.accent} />
        ) : (
          <g key={i}>
            <circle cx={x} cy={y} r={5.5} fill={C.surface} stroke={C.muted} strokeWidth={STROKE} strokeDasharray="2 1.5" />
          </g>
        ),
      )}
      {outs.map(([x, y], o) => (
        <circle key={o} cx={x} cy={y} r={5.5} fill={C.accentSoft} stroke={C.accent} strokeWidth={STROKE} />
      ))}
    </Picture>
  );
}

export const SE = { channels: 6, seed: 21 } as const;

/** Channel averages (the squeeze), their sigmoid gates (the excitation) and the rescaled averages. */
export function attentionData() {
  const squeeze = seededValues(SE.seed, SE.channels, 0.25, 1, 2);
  const logits = seededValues(SE.seed + 1, SE.channels, -3, 3, 1);
  const gates = logits.map(sigmoid);
  return { squeeze, gates, scaled: squeeze.map((v, i) => v * gates[i]) };
}

export function AttentionPicture() {
  const { squeeze, gates, scaled } = attentionData();
  const rowH = (H - 10) / SE.channels;
  const y = (i: number) => round(5 + i * rowH + 1.5);
  const side = rowH - 3;
  const [mapX, gateX, gateW, outX] = [10, 50, 62, 136];
  return (
    <Picture label={strings.attention}>
      {squeeze.map((v, i) => (
        <g key={i}>
          <rect x={mapX} y={y(i)} width={side} height={side} fill={C.accent} fillOpacity={v} stroke={C.accent} strokeWidth={THIN} />
          <Arrow x1={mapX + side + 4} y1={y(i) + side / 2} x2={gateX - 4} y2={y(i) + side / 2} />
          <rect x={gateX} y={y(i) + 2} width={gateW} height={side - 4} fill={C.surface} stroke={C.border} strokeWidth={THIN} />
          <rect x={gateX} y={y(i) + 2} width={round(gateW * gates[i])} height={side - 4} fill={C.highlight} />
          <Arrow x1={gateX + gateW + 4} y1={y(i) + side / 2} x2={outX - 4} y2={y(i) + side / 2} />
          <rect x={outX} y={y(i)} width={side} height={side} fill={C.accent} fillOpacity={round(scaled[i])} stroke={C.accent} strokeWidth={THIN} />
        </g>
      ))}
    </Picture>
  );
}

export const TRIPLET = { seed: 8, spread: 0.4, margin: 0.5, negative: [1.6, 0.4] } as const;

/** An anchor and a positive from one cluster, a negative from another, and the triplet loss's margin. */
export function tripletData() {
  const draw = normalDraws(mulberry32(TRIPLET.seed));
  const near = () => TRIPLET.spread * draw();
  // The anchor at the centre of its class, a positive drawn from the same class, a negative from another.
  const [nx, ny] = TRIPLET.negative;
  const points = [0, 0, near(), near(), nx + near(), ny + near()];
  const dap = distance(points, 2, 0, 1, 'euclidean');
  const dan = distance(points, 2, 0, 2, 'euclidean');
  return { points, dap, dan, radius: dap + TRIPLET.margin, loss: Math.max(0, dap - dan + TRIPLET.margin) };
}

export function SiameseTripletPicture() {
  const { points, radius } = tripletData();
  const k = 26;
  const [ex, ey] = [100, 54];
  const at = (i: number) => [round(ex + k * points[2 * i]), round(ey - k * points[2 * i + 1])] as const;
  const net = (y: number) => (
    <g>
      <rect x={6} y={y - 6} width={12} height={12} fill={C.surface} stroke={C.muted} strokeWidth={STROKE} />
      <path d={`M24 ${y - 11}L50 ${y - 5}V${y + 5}L24 ${y + 11}Z`} fill={C.accentSoft} stroke={C.accent} strokeWidth={STROKE} strokeLinejoin="round" />
    </g>
  );
  /** An arrow from a network's output that stops short of the point it makes. */
  const feed = (y: number, [px, py]: readonly [number, number]) => {
    const len = Math.hypot(px - 54, py - y);
    return <Arrow x1={54} y1={y} x2={round(px - (7 * (px - 54)) / len)} y2={round(py - (7 * (py - y)) / len)} />;
  };
  const colours = [C.accent, C.positive, C.negative];
  return (
    <Picture label={strings.siameseTriplet}>
      {net(24)}
      {net(76)}
      <path d="M37 38V62" stroke={C.highlight} strokeWidth={STROKE * 2} strokeDasharray="3 2" />
      {feed(24, at(0))}
      {feed(76, at(1))}
      <circle cx={at(0)[0]} cy={at(0)[1]} r={round(k * radius)} fill="none" stroke={C.muted} strokeWidth={THIN} strokeDasharray="3 2" />
      {colours.map((colour, i) => (
        <circle key={i} cx={at(i)[0]} cy={at(i)[1]} r={4} fill={colour} />
      ))}
    </Picture>
  );
}
