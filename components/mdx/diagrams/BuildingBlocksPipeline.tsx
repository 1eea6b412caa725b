/**
 * The building blocks of a CNN in the order data flows through them: a stage of
 * convolution, batch norm, ReLU and pooling (repeated), then fully connected layers and the loss.
 * Static SVG, no client code; colours only through the theme's CSS variables.
 */

type Kind = 'input' | 'learns' | 'fixed';

interface Block {
  x: number;
  y: number;
  w: number;
  lines: string[];
  kind: Kind;
}

const H = 44;
const ROW1 = 34;
const ROW2 = 128;

const BLOCKS: Block[] = [
  { x: 6, y: ROW1, w: 76, lines: ['Image'], kind: 'input' },
  { x: 94, y: ROW1, w: 76, lines: ['Convolution'], kind: 'learns' },
  { x: 182, y: ROW1, w: 76, lines: ['Batch norm'], kind: 'learns' },
  { x: 270, y: ROW1, w: 76, lines: ['ReLU'], kind: 'fixed' },
  { x: 358, y: ROW1, w: 76, lines: ['Pooling'], kind: 'fixed' },
  { x: 6, y: ROW2, w: 84, lines: ['Fully', 'connected'], kind: 'learns' },
  { x: 104, y: ROW2, w: 60, lines: ['ReLU'], kind: 'fixed' },
  { x: 178, y: ROW2, w: 84, lines: ['Fully', 'connected'], kind: 'learns' },
  { x: 300, y: ROW2, w: 60, lines: ['Loss'], kind: 'fixed' },
];

const BOX_STYLE: Record<Kind, { fill: string; stroke: string; dash?: string }> = {
  input: { fill: 'var(--surface-2)', stroke: 'var(--border)' },
  learns: { fill: 'var(--surface-2)', stroke: 'var(--accent)' },
  fixed: { fill: 'none', stroke: 'var(--muted)', dash: '4 3' },
};

const LABEL =
  'The building blocks of a CNN in the order data flows through them. A stage of convolution, ' +
  'batch normalization, ReLU activation and pooling is applied to the image and repeated M times. ' +
  'Then come K fully connected layers each followed by a ReLU, a final fully connected layer giving ' +
  'one score per class, and the loss, which compares those scores with the correct label. ' +
  'Convolution, batch normalization and fully connected layers have parameters to learn; ReLU, ' +
  'pooling and the loss do not.';

/** A horizontal or vertical arrow ending at (x2, y2), drawn without SVG markers so it needs no ids. */
function Arrow({ points }: { points: [number, number][] }) {
  const [x1, y1] = points[points.length - 2];
  const [x2, y2] = points[points.length - 1];
  const dx = Math.sign(x2 - x1);
  const dy = Math.sign(y2 - y1);
  const head = [
    [x2, y2],
    [x2 - 6 * dx - 3.5 * dy, y2 - 6 * dy - 3.5 * dx],
    [x2 - 6 * dx + 3.5 * dy, y2 - 6 * dy + 3.5 * dx],
  ];
  return (
    <g>
      <polyline points={points.map((p) => p.join(',')).join(' ')} fill="none" stroke="var(--muted)" strokeWidth={1.5} />
      <polygon points={head.map((p) => p.join(',')).join(' ')} fill="var(--muted)" />
    </g>
  );
}

function Box({ x, y, w, lines, kind }: Block) {
  const s = BOX_STYLE[kind];
  const lineHeight = 14;
  const top = y + H / 2 - ((lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <rect x={x} y={y} width={w} height={H} rx={6} fill={s.fill} stroke={s.stroke} strokeWidth={2} strokeDasharray={s.dash} />
      <text x={x + w / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fill="var(--fg)">
        {lines.map((line, i) => (
          <tspan key={line + i} x={x + w / 2} y={top + i * lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A bracket from x1 to x2, opening towards the blocks, with a label on its far side. */
function Bracket({ x1, x2, y, towards, label }: { x1: number; x2: number; y: number; towards: 1 | -1; label: string }) {
  const tip = y + 6 * towards;
  return (
    <g>
      <path d={`M${x1} ${tip} V${y} H${x2} V${tip}`} fill="none" stroke="var(--muted)" strokeWidth={1.5} />
      <text x={(x1 + x2) / 2} y={y - 6 * towards} textAnchor="middle" dominantBaseline="central" fontSize={11} fill="var(--muted)">
        {label}
      </text>
    </g>
  );
}

/** Consecutive blocks in the same row are joined by an arrow; row 1 runs into row 2 below. */
const FLOWS = BLOCKS.slice(0, -1)
  .map((a, i) => [a, BLOCKS[i + 1]] as const)
  .filter(([a, b]) => a.y === b.y);

export function BuildingBlocksPipeline() {
  const pool = BLOCKS[4];
  const firstFc = BLOCKS[5];
  const loss = BLOCKS[8];
  const mid2 = ROW2 + H / 2;
  const scoresX = (BLOCKS[7].x + BLOCKS[7].w + loss.x) / 2;
  return (
    <figure className="diagram">
      <svg viewBox="0 0 440 232" role="img" aria-label={LABEL} style={{ width: '100%', maxWidth: 640, height: 'auto' }}>
        <title>{LABEL}</title>
        <Bracket x1={BLOCKS[1].x} x2={pool.x + pool.w} y={18} towards={1} label="one stage, repeated M times" />
        {FLOWS.map(([a, b]) => (
          <Arrow key={a.x + ',' + a.y} points={[[a.x + a.w, a.y + H / 2], [b.x, b.y + H / 2]]} />
        ))}
        <Arrow
          points={[
            [pool.x + pool.w / 2, ROW1 + H],
            [pool.x + pool.w / 2, (ROW1 + H + ROW2) / 2],
            [firstFc.x + firstFc.w / 2, (ROW1 + H + ROW2) / 2],
            [firstFc.x + firstFc.w / 2, ROW2],
          ]}
        />
        <text x={scoresX} y={mid2 - 8} textAnchor="middle" fontSize={10} fill="var(--muted)">
          scores
        </text>
        <Arrow points={[[loss.x + loss.w + 44, mid2], [loss.x + loss.w, mid2]]} />
        <text x={loss.x + loss.w + 48} y={mid2} dominantBaseline="central" fontSize={11} fill="var(--muted)">
          label
        </text>
        <Bracket x1={firstFc.x} x2={BLOCKS[6].x + BLOCKS[6].w} y={ROW2 + H + 12} towards={-1} label="repeated K times" />
        {BLOCKS.map((b) => (
          <Box key={`${b.x},${b.y}`} {...b} />
        ))}
        <g fontSize={11} fill="var(--fg)">
          <rect x={6} y={210} width={22} height={14} rx={3} fill="var(--surface-2)" stroke="var(--accent)" strokeWidth={2} />
          <text x={34} y={217} dominantBaseline="central">
            has parameters to learn
          </text>
          <rect x={200} y={210} width={22} height={14} rx={3} fill="none" stroke="var(--muted)" strokeWidth={2} strokeDasharray="4 3" />
          <text x={228} y={217} dominantBaseline="central">
            nothing to learn
          </text>
        </g>
      </svg>
    </figure>
  );
}
