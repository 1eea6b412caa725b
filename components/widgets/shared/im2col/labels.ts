/** Compact names for im2col rows: (channel,) kernel row, kernel column, 1-based. */
import { strings as stepperStrings } from '@/components/widgets/shared/stepper/strings';

export function rowLabel(k: number, channels: number, kh: number, kw: number): string {
  const area = kh * kw;
  const c = Math.floor(k / area);
  const i = Math.floor((k % area) / kw);
  const j = k % kw;
  const pos = `${i + 1},${j + 1}`;
  return channels > 1 ? `${stepperStrings.channelShort(c, channels)} ${pos}` : pos;
}
