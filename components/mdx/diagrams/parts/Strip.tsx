/** Draws a strip of tensors (stripLayout.ts): stacked maps, bars for vectors, words and arrows. */
import { Arrow } from './Arrow';
import { FONT, KIND_STYLE, SMALL, STROKE } from './style';
import { STACK_STEP, type PlacedGlyph, type StripLayout } from './stripLayout';

function GlyphShape({ g }: { g: PlacedGlyph }) {
  const s = KIND_STYLE[g.made];
  if (g.glyph.kind === 'vector') {
    return <rect x={g.cx - 6} y={g.cy - g.bar / 2} width={12} height={g.bar} rx={3} fill={s.fill === 'none' ? 'var(--surface)' : s.fill} stroke={s.stroke} strokeWidth={STROKE} strokeDasharray={s.dash} />;
  }
  const total = g.side + (g.layers - 1) * STACK_STEP;
  const x0 = g.cx - total / 2;
  const y0 = g.cy + total / 2 - g.side;
  return (
    <g>
      {Array.from({ length: g.layers }, (_, i) => g.layers - 1 - i).map((k) => (
        <rect
          key={k}
          x={x0 + k * STACK_STEP}
          y={y0 - k * STACK_STEP}
          width={g.side}
          height={g.side}
          fill="var(--surface-2)"
          stroke={k === 0 ? s.stroke : 'var(--border)'}
          strokeWidth={k === 0 ? STROKE : STROKE / 2}
          strokeDasharray={k === 0 ? s.dash : undefined}
        />
      ))}
    </g>
  );
}

export function Strip({ layout, x = 0, y = 0 }: { layout: StripLayout; x?: number; y?: number }) {
  return (
    <g transform={x || y ? `translate(${x} ${y})` : undefined}>
      {layout.arrows.map((points, i) => (
        <Arrow key={`a${i}`} points={points} />
      ))}
      {layout.glyphs.map((g, i) => (
        <GlyphShape key={`g${i}`} g={g} />
      ))}
      {layout.texts.map((t, i) => (
        <text
          key={`t${i}`}
          x={t.x}
          y={t.y}
          textAnchor={t.anchor}
          dominantBaseline="central"
          fontSize={t.tone === 'title' ? FONT : SMALL}
          fontWeight={t.tone === 'title' ? 600 : undefined}
          fill={t.tone === 'line' ? 'var(--muted)' : 'var(--fg)'}
        >
          {t.text}
        </text>
      ))}
    </g>
  );
}
