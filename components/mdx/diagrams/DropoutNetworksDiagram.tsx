/**
 * `<DropoutNetworksDiagram p={0.5} seed={5} />`: the fc-dropout lesson's layer (lib/nn/dropoutDemo,
 * 8 inputs to 4 outputs) drawn whole, as the thinned networks of its first masks (the masks the
 * DropoutDemo widget draws for the same seed), and as the network used at test time. The scale
 * factors come from lib/nn/dropout for the chosen convention.
 */
import { INPUTS, OUTPUTS, maskDraws } from '@/lib/nn/dropoutDemo';
import { keepMask, trainScale, type DropoutScaling } from '@/lib/nn/dropout';
import { MAX_SEED } from '@/lib/random/prng';
import { formatRatio } from '@/lib/format/numberFormat';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { DASH, FONT, STROKE } from './parts/style';
import { DROPOUT_STRINGS as S, RESIDUAL_STRINGS } from './strings';

const W = 150;
const TOP = 50;
const STEP = 22;
const R = 7;
const IN_X = 34;
const OUT_X = 118;

/** The keep masks of the first `samples` training steps, as the widget draws them. */
export function thinnedMasks(seed: number, p: number, samples: number): boolean[][] {
  const draws = maskDraws(seed, samples);
  return Array.from({ length: samples }, (_, k) => keepMask(draws, p, k * INPUTS, INPUTS));
}

const outY = (o: number) => TOP + ((INPUTS - 1) * STEP * (o + 0.5)) / OUTPUTS;

function Net({ keep, heading, sub, title, description, weightNote }: { keep: readonly boolean[]; heading: string; sub: string; title: string; description: string; weightNote?: boolean }) {
  const height = TOP + (INPUTS - 1) * STEP + R + 8;
  return (
    <DiagramPanel width={W} height={height} scale={1.1} basis={0.75} title={title} description={description}>
      <Label x={W / 2} y={11} size={FONT} tone="fg" weight={600}>{heading}</Label>
      <Label x={W / 2} y={30}>{sub}</Label>
      <g stroke={weightNote ? 'var(--accent)' : 'var(--muted)'} strokeWidth={weightNote ? 1.2 : 1} strokeOpacity={0.75}>
        {keep.flatMap((k, i) => (k ? Array.from({ length: OUTPUTS }, (_, o) => <line key={`${i}.${o}`} x1={IN_X + R} y1={TOP + i * STEP} x2={OUT_X - R} y2={outY(o)} />) : []))}
      </g>
      {keep.map((k, i) => (
        <circle key={`i${i}`} cx={IN_X} cy={TOP + i * STEP} r={R} fill={k ? 'var(--accent-soft)' : 'var(--surface)'} stroke={k ? 'var(--accent)' : 'var(--muted)'} strokeWidth={STROKE} strokeDasharray={k ? undefined : DASH} />
      ))}
      {keep.map((k, i) => (k ? null : <path key={`x${i}`} d={`M${IN_X - 3.5} ${TOP + i * STEP - 3.5}l7 7m0 -7l-7 7`} stroke="var(--muted)" strokeWidth={1.5} />))}
      {Array.from({ length: OUTPUTS }, (_, o) => (
        <circle key={`o${o}`} cx={OUT_X} cy={outY(o)} r={R} fill="var(--surface-2)" stroke="var(--border)" strokeWidth={STROKE} />
      ))}
    </DiagramPanel>
  );
}

export function DropoutNetworksDiagram({ p = 0.5, seed = 5, samples = 3, scaling = 'inverted' }: { p?: number; seed?: number; samples?: number; scaling?: DropoutScaling }) {
  if (typeof p !== 'number' || !(p > 0 && p < 1)) return <DiagramError message={RESIDUAL_STRINGS.error(`p must be a probability above 0 and below 1 (got ${String(p)}).`)} />;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return <DiagramError message={RESIDUAL_STRINGS.error(`seed must be a whole number from 0 to ${MAX_SEED} (got ${String(seed)}).`)} />;
  if (!Number.isInteger(samples) || samples < 1 || samples > 4) return <DiagramError message={RESIDUAL_STRINGS.error(`samples must be 1, 2, 3 or 4 (got ${String(samples)}).`)} />;
  if (scaling !== 'inverted' && scaling !== 'original') return <DiagramError message={RESIDUAL_STRINGS.error(`scaling must be "inverted" or "original" (got "${String(scaling)}").`)} />;
  const masks = thinnedMasks(seed, p, samples);
  const trainFactor = formatRatio(trainScale(p, scaling));
  const testFactor = formatRatio(1 - p);
  const all = Array<boolean>(INPUTS).fill(true);
  const testSub = scaling === 'inverted' ? S.allKept : S.scaleTest(testFactor);
  return (
    <DiagramFigure testId="dropout-thinned" caption={S.caption(formatRatio(p), scaling, scaling === 'inverted' ? trainFactor : testFactor, seed, samples)}>
      <Net keep={all} heading={S.full} sub={S.descShort(INPUTS, OUTPUTS)} title={S.title(S.full)} description={S.descFull(INPUTS, OUTPUTS)} />
      {masks.map((keep, k) => {
        const kept = keep.filter(Boolean).length;
        const dropped = keep.flatMap((on, i) => (on ? [] : [String(i + 1)])).join(', ') || 'none';
        const scale = scaling === 'inverted' ? S.scaleTrain(trainFactor) : S.unscaled;
        return <Net key={k} keep={keep} heading={S.sample(k + 1)} sub={S.kept(kept, INPUTS)} title={S.title(S.sample(k + 1))} description={S.descSample(k + 1, dropped, kept, INPUTS, scale)} />;
      })}
      <Net keep={all} heading={S.test} sub={testSub} title={S.title(S.test)} description={S.descTest(testSub)} weightNote={scaling === 'original'} />
    </DiagramFigure>
  );
}
