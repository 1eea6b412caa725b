/** Sentences for screen readers and the caption under the figure, read from the trace. */
import type { ConvTrace } from '@/lib/compute/types';
import { fmt, fmtTerm } from '@/components/widgets/shared/stepper/format';
import { strings as shared } from '@/components/widgets/shared/stepper/strings';
import { strings } from './strings';

/** "Window at row r, column c: sum … + bias b = out", 1-based, numbers to 2 decimals. */
export function announcement(trace: ConvTrace, p: number, focus: number): string {
  const { inChannels: C, outChannels: O, outH, outW } = trace;
  const P = outH * outW;
  const o = Math.min(focus, O - 1);
  const terms =
    C > 1
      ? Array.from({ length: C }, (_, c) => `${shared.channelShort(c, C)} ${fmtTerm(trace.channelSums[(o * P + p) * C + c])}`).join(' + ')
      : fmt(trace.sums[o * P + p]);
  return strings.announce(Math.floor(p / outW), p % outW, terms, trace.bias[o], trace.output[o * P + p], O > 1 ? o : null);
}
