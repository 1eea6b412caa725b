/** Every user-facing string of the standalone im2col view, in one place for translation (the figure's are shared/im2col/strings.ts). */

import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';

export const strings = {
  title: 'Convolution as one matrix product (im2col)',
  loadingEngine: 'Loading the compute engine…',
  computeFailed: (why: string) => `This convolution cannot be computed: ${why}`,
  paddingLabel: 'Padding',
  strideLabel: 'Stride',
  kernelNote: 'Input: the 5×5 grid of small numbers. Kernel: 3×3, columns 1 0 −1 (vertical edges).',
};

/** A link's or a prop's field is named as the link writes it (padding, stride, column). */
export const ISSUES: IssueLabels = {};
