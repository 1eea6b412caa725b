/** Helpers the convolution stepper's unit tests share: a link or props read as the widget reads them, a trace. */
import { readFileSync } from 'node:fs';
import { chooseKernel } from '@/components/widgets/ConvolutionStepper/kernelChoice';
import { kernelBank } from '@/components/widgets/ConvolutionStepper/kernels';
import { type InputImage } from '@/components/widgets/shared/stepper/presets';
import { schema, type StepperState } from '@/components/widgets/ConvolutionStepper/state';
import { ISSUES } from '@/components/widgets/ConvolutionStepper/strings';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { convolutionTrace } from '@/lib/compute';


export const golden = JSON.parse(readFileSync('tests/golden/conv2d_basic.json', 'utf8')) as {
  inputs: Record<'x' | 'w' | 'b', { data: number[] }>;
  outputs: { y: { shape: number[]; data: number[] } };
};
export const ONES = (n: number) => Array<string>(n).fill('1');

/** A link's state as the widget applies it: the link over the defaults, repaired. */
export function applyLink(raw: unknown): StepperState {
  const parsed = schema.parse(raw);
  if (parsed.issues.length) throw new Error(issuesText(parsed.issues, ISSUES));
  return parsed.state;
}

/** Why a link is refused, in the words the widget shows. */
export function errorOf(raw: unknown): string {
  const r = schema.parse(raw);
  return r.issues.length ? issuesText(r.issues, ISSUES) : '(accepted)';
}

/** The issues of a link, for checks stricter than its words. */
export const issuesOf = (raw: unknown) => schema.parse(raw).issues;

/** MDX props as the widget reads them: the state, and each problem as the lesson shows it. */
export function stateFromProps(props: Record<string, unknown>) {
  const r = schema.fromProps(props);
  return { state: r.state, issues: r.issues, problems: r.issues.map((i) => issuesText([i], ISSUES)) };
}

/** The gray trace the widget would compute for this state (bias of the first kernel). */
export function traceOf(state: StepperState, image: InputImage) {
  const kernel = chooseKernel(state);
  if (!kernel.ok) throw new Error('kernel cells do not parse');
  const bank = kernelBank(kernel.pattern, kernel.size, 'gray', 1);
  return convolutionTrace({
    input: image.data,
    inputShape: [1, image.height, image.width],
    kernels: bank.data,
    kernelShape: bank.shape,
    bias: [state.bias[0]],
    stride: state.stride,
    padding: state.padding,
    dilation: state.dilation,
  });
}
