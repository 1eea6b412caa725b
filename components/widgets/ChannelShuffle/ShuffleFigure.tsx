import type { KeyboardEvent } from 'react';
import { groupOf } from '@/lib/lightweight/shuffle';
import { groupColour } from './colours';
import { S } from './strings';
import styles from './ChannelShuffle.module.css';

const ROW = 22;
const BOX = 16;
const LEFT = 44;
const RIGHT = 236;
const WIDTH = 300;

interface Props {
  channels: number;
  groups: number;
  source: number[];
  step: number;
  onKey: (e: KeyboardEvent<SVGSVGElement>) => void;
}

/** Two columns of coloured channels and a line from each input channel to the position it moves to. */
export function ShuffleFigure({ channels, groups, source, step, onKey }: Props) {
  const height = channels * ROW + 28;
  const y = (i: number) => 26 + i * ROW + BOX / 2;
  return (
    <svg
      className={styles.figure}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      tabIndex={0}
      aria-label={S.figureLabel(channels, groups, step)}
      onKeyDown={onKey}
    >
      <text x={LEFT + BOX / 2} y={14} textAnchor="middle" className={styles.colHead}>
        {S.before}
      </text>
      <text x={RIGHT + BOX / 2} y={14} textAnchor="middle" className={styles.colHead}>
        {S.after}
      </text>
      {source.map((src, j) => {
        const shown = j < step;
        const colour = groupColour(groupOf(src, channels, groups), groups);
        return (
          <g key={`p${j}`}>
            <line
              x1={LEFT + BOX}
              y1={y(src)}
              x2={RIGHT}
              y2={y(j)}
              stroke={colour}
              strokeWidth={2}
              className={styles.link}
              style={{ opacity: shown ? 0.9 : 0 }}
            />
            <rect
              x={RIGHT}
              y={y(j) - BOX / 2}
              width={BOX}
              height={BOX}
              rx={3}
              fill={shown ? colour : 'none'}
              stroke="var(--border)"
              className={styles.cell}
              data-after={shown ? src : ''}
            />
            <text x={RIGHT + BOX + 6} y={y(j) + 4} className={styles.label}>
              {shown ? src : '·'}
            </text>
          </g>
        );
      })}
      {source.map((_, i) => (
        <g key={`i${i}`}>
          <rect x={LEFT} y={y(i) - BOX / 2} width={BOX} height={BOX} rx={3} fill={groupColour(groupOf(i, channels, groups), groups)} />
          <text x={LEFT - 6} y={y(i) + 4} textAnchor="end" className={styles.label}>
            {i}
          </text>
        </g>
      ))}
      {step > 0 && step <= channels ? (
        <rect x={RIGHT - 3} y={y(step - 1) - BOX / 2 - 3} width={BOX + 6} height={BOX + 6} rx={4} fill="none" className={styles.cursor} />
      ) : null}
    </svg>
  );
}
