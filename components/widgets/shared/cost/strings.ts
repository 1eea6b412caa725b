/** The words the cost widgets (ConvCostCounter, InceptionCost, DepthwiseSeparableCost, FcScaling, ClassifierHeads) share. */
export const costWords = {
  params: 'Parameters',
  macs: 'Multiply-accumulates',
  mults: 'Multiplies',
  weights: 'Weights',
  output: 'Output',
  /** An output shape, height × width × channels. */
  outputShape: (h: number, w: number, c: string | number) => `${h} × ${w} × ${c}`,
};
