/** Parameter counts of three classifier heads on the same feature maps (lib/nn). No React. */
import { convParams, fcParams } from '@/lib/nn/convArithmetic';
import type { HeadsState } from './state';

export interface HeadCounts {
  /** Values after flattening: H·W·C. */
  flat: number;
  /** Weights of the first fully connected layer, without biases. */
  firstWeights: number;
  /** The three fully connected layers of the flattening head, biases included. */
  flatLayers: [number, number, number];
  flatTotal: number;
  /** Global average pooling (no parameters) then one fully connected layer C → classes. */
  gap: number;
  /** 1×1 convolution C → classes then global average pooling (no parameters). */
  nin: number;
  ratio: number;
}

export function headCounts({ h, w, c, hidden, classes }: HeadsState): HeadCounts {
  const flat = h * w * c;
  const flatLayers: [number, number, number] = [fcParams(flat, hidden), fcParams(hidden, hidden), fcParams(hidden, classes)];
  const flatTotal = flatLayers[0] + flatLayers[1] + flatLayers[2];
  const gap = fcParams(c, classes);
  const nin = convParams({ inH: h, inW: w, cin: c, cout: classes, kh: 1, kw: 1, stride: 1, padding: 0 });
  return { flat, firstWeights: fcParams(flat, hidden, false), flatLayers, flatTotal, gap, nin, ratio: flatTotal / gap };
}
