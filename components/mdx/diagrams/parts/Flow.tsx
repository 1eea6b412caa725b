/** Draws a laid-out flow (flowLayout.ts) with the shared parts, offset by (x, y). */
import { Arrow, Line, MergeSymbol } from './Arrow';
import { Box, Label } from './Box';
import type { FlowLayout } from './flowLayout';

export function Flow({ layout, x = 0, y = 0 }: { layout: FlowLayout; x?: number; y?: number }) {
  return (
    <g transform={x || y ? `translate(${x} ${y})` : undefined}>
      {layout.lines.map((points, i) => (
        <Line key={`l${i}`} points={points} />
      ))}
      {layout.arrows.map((points, i) => (
        <Arrow key={`a${i}`} points={points} />
      ))}
      {layout.boxes.map((b, i) => (
        <Box key={`b${i}`} {...b} />
      ))}
      {layout.merges.map((m, i) => (
        <MergeSymbol key={`m${i}`} {...m} />
      ))}
      {layout.labels.map((l, i) => (
        <Label key={`t${i}`} x={l.x} y={l.y} anchor={l.anchor}>
          {l.text}
        </Label>
      ))}
    </g>
  );
}
