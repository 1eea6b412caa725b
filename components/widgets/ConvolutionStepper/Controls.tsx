import { INPUTS_BY_MODE, MODES, type InputName, type Mode } from '@/components/widgets/shared/stepper/presets';
import type { CellError } from '@/components/widgets/shared/stepper/cells';
import { CHANNEL_MIXES, CUSTOM_SIZES, KERNEL_NAMES, cellsFromPreset, type KernelName } from './kernels';
import { BIAS_SLIDER, RANGES, type StepperState } from './state';
import { CellEditor, CustomInputEditor } from '@/components/widgets/shared/stepper/CellEditor';
import { IntChoice } from '@/components/widgets/shared/stepper/IntChoice';
import { Segmented, SelectField, Slider } from '@/components/ui';
import { fmt } from '@/components/widgets/shared/stepper/format';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';

interface Props {
  idBase: string;
  state: StepperState;
  update: (patch: Partial<StepperState>) => void;
  kernelErrors: readonly CellError[];
  inputErrors: readonly CellError[];
}

/** Everything that changes what is convolved: input, kernel, stride, padding, dilation, bias. */
export function Controls({ idBase, state, update, kernelErrors, inputErrors }: Props) {
  const rgb = state.mode === 'rgb';
  const setMode = (mode: Mode) => {
    const inputs = INPUTS_BY_MODE[mode];
    update({ mode, input: inputs.includes(state.input) ? state.input : inputs[0] });
  };
  const setKernel = (kernel: KernelName) =>
    update(kernel === 'custom' && state.kernel !== 'custom' ? { kernel, custom: cellsFromPreset(state.kernel), customSize: 3 } : { kernel });
  const setBias = (b: number) => update({ bias: state.bias.map((v, k) => (k === state.focus ? b : v)) });
  const bias = state.bias[state.focus] ?? 0;
  return (
    <div className={ui.controlBar} role="group" aria-label={strings.settings}>
      <Segmented variant="segments" name={`${idBase}-mode`} legend={strings.modeLabel} options={MODES} value={state.mode} label={(m) => strings.modes[m]} onChange={setMode} />
      <SelectField label={strings.inputLabel} options={INPUTS_BY_MODE[state.mode]} value={state.input} format={(n) => strings.inputs[n]} onChange={(input: InputName) => update({ input })} />
      <SelectField label={strings.kernelLabel} options={KERNEL_NAMES} value={state.kernel} format={(n) => strings.kernels[n]} onChange={setKernel} />
      <IntChoice name={`${idBase}-stride`} legend={strings.strideLabel} range={RANGES.stride} value={state.stride} onChange={(stride) => update({ stride })} />
      <IntChoice name={`${idBase}-padding`} legend={strings.paddingLabel} range={RANGES.padding} value={state.padding} onChange={(padding) => update({ padding })} />
      <IntChoice name={`${idBase}-dilation`} legend={strings.dilationLabel} range={RANGES.dilation} value={state.dilation} onChange={(dilation) => update({ dilation })} />
      {rgb ? <IntChoice name={`${idBase}-kernels`} legend={strings.kernelCountLabel} range={RANGES.kernels} value={state.kernels} onChange={(kernels) => update({ kernels, focus: Math.min(state.focus, kernels - 1) })} /> : null}
      {rgb && state.kernels > 1 ? <IntChoice name={`${idBase}-focus`} legend={strings.focusLabel} range={[0, state.kernels - 1]} value={state.focus} label={strings.focusOption} onChange={(focus) => update({ focus })} /> : null}
      <Slider label={strings.biasLabel(state.focus, rgb && state.kernels > 1)} min={BIAS_SLIDER.min} max={BIAS_SLIDER.max} step={BIAS_SLIDER.step} value={bias} format={(b) => fmt(b)} onChange={setBias} />
      {rgb ? (
        <ul className={styles.mixes}>
          {CHANNEL_MIXES.slice(0, state.kernels).map((_, k) => (
            <li key={k}>{strings.mixLine(k, strings.mixes[k])}</li>
          ))}
        </ul>
      ) : null}
      {state.input === 'custom' ? <CustomInputEditor idBase={idBase} text={strings.customInput} state={state} errors={inputErrors} update={update} /> : null}
      {state.kernel === 'custom' ? (
        <CellEditor
          idBase={`${idBase}-kernel-cells`}
          text={strings.custom}
          cells={state.custom}
          size={state.customSize}
          sizes={CUSTOM_SIZES}
          errors={kernelErrors}
          onChange={(custom, customSize) => update({ custom, customSize })}
        />
      ) : null}
    </div>
  );
}
