/** A flow in words, for the SVG's <desc>: what a screen reader hears instead of the picture. */
import type { FlowBox, FlowSpec } from './flowLayout';

const box = (b: FlowBox) => {
  const what = [...b.lines, ...(b.sub ?? [])].join(', ');
  return b.out ? `${what} (giving ${b.out})` : what;
};
const chain = (boxes: readonly FlowBox[]) => boxes.map(box).join('; then ');

const MERGE: Record<NonNullable<FlowSpec['merge']>, string> = {
  add: 'The paths are added element by element',
  multiply: 'The input is scaled channel by channel by the weights the other path computes',
  concat: 'The paths are concatenated along the channels',
};

export function describeFlow(spec: FlowSpec): string {
  const parts = [`Input: ${spec.input.lines.join(' ')}.`];
  if (spec.before?.length) parts.push(`First ${chain(spec.before)}.`);
  if (spec.paths?.length) {
    parts.push(`Then ${spec.paths.length} paths from the same input:`);
    spec.paths.forEach((p, i) => parts.push(`path ${i + 1}, ${p.boxes.length ? chain(p.boxes) : (p.label ?? 'identity')}.`));
    if (spec.merge) parts.push(`${MERGE[spec.merge]}${spec.mergeOut ? ` (giving ${spec.mergeOut})` : ''}.`);
  }
  if (spec.after?.length) parts.push(`Then ${chain(spec.after)}.`);
  if (spec.output) parts.push(`Output: ${spec.output.lines.join(' ')}.`);
  return parts.join(' ');
}
