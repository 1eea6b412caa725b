'use client';
import { useMemo, useRef } from 'react';
import { attempt, NOT_YET } from '@/components/widgets/shared/attempt';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Im2colSection } from '@/components/widgets/shared/im2col/Im2colSection';
import { announcement } from './announce';
import { Controls } from './Controls';
import { imageFromCells } from '@/components/widgets/shared/stepper/customInput';
import { Formula } from './Formula';
import { convGeometry } from '@/components/widgets/shared/stepper/geometry';
import { chooseKernel } from './kernelChoice';
import { kernelBank, type KernelName } from './kernels';
import { Pending } from '@/components/widgets/shared/stepper/Stage';
import { StepperShell } from '@/components/widgets/shared/stepper/StepperShell';
import type { InputName, Mode } from '@/components/widgets/shared/stepper/presets';
import { Stage } from './Stage';
import { normalizeState, schema, type StepperState } from './state';
import { ISSUES, strings } from './strings';
import { useInputImage } from '@/components/widgets/shared/stepper/useInputImage';
import { useRepairedState, useStepping } from '@/components/widgets/shared/stepper/useStepping';
import styles from './ConvolutionStepper.module.css';

export interface ConvolutionStepperProps {
  /** Unique on the page; the key of a shared link. */
  id?: string;
  title?: string;
  input?: InputName;
  kernel?: KernelName;
  stride?: number;
  padding?: number;
  dilation?: number;
  /** 'gray' (one channel, default) or 'rgb' (three channels, 1–4 kernels). */
  mode?: Mode;
  /** RGB mode: number of kernels, 1–4. */
  kernels?: number;
  /** One bias, or one per kernel. */
  bias?: number | number[];
  /** Windows per second while playing. */
  speed?: number;
  /** Starting weights of the custom kernel (3×3 or 5×5 rows); selects it unless `kernel` is given. */
  customKernel?: number[][];
  /** The reader's own input (3×3 to 8×8 rows, grayscale); selects it unless `input` is given. */
  customInput?: number[][];
  /** Also show the im2col matrix view, linked to the stepper. */
  showIm2col?: boolean;
}

export function ConvolutionStepper(props: ConvolutionStepperProps) {
  const id = props.id ?? 'convolution-stepper';
  const { state: stored, set, linkError, propIssues } = useWidgetState(id, schema, props as Readonly<Record<string, unknown>>, ISSUES);
  const state = useRepairedState(stored, normalizeState, set);
  const { mode, stride, padding, dilation, speed, focus } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const typed = useMemo(() => imageFromCells(state.customInput, state.customInputSize), [state.customInput, state.customInputSize]);
  const image = useInputImage(state.input, mode, typed);
  const ready = image.status === 'ready' ? image.image : null;

  const kernel = useMemo(
    () => chooseKernel({ kernel: state.kernel, custom: state.custom, customSize: state.customSize }),
    [state.kernel, state.custom, state.customSize],
  );
  const outChannels = mode === 'rgb' ? state.kernels : 1;
  const bank = useMemo(() => (kernel.ok ? kernelBank(kernel.pattern, kernel.size, mode, outChannels) : null), [kernel, mode, outChannels]);
  const bias = useMemo(() => Float32Array.from(state.bias.slice(0, outChannels)), [state.bias, outChannels]);
  const geo = ready && kernel.ok ? convGeometry(ready.height, ready.width, kernel.size, stride, padding, dilation) : null;
  const geometry = geo?.ok ? geo.geometry : null;
  const fits = geometry !== null;

  const result = useMemo(
    () =>
      compute && ready && bank && fits
        ? attempt(() =>
            compute.convolutionTrace({
              input: ready.data,
              inputShape: [ready.channels, ready.height, ready.width],
              kernels: bank.data,
              kernelShape: bank.shape,
              bias,
              stride,
              padding,
              dilation,
            }),
          )
        : NOT_YET,
    [compute, ready, bank, bias, stride, padding, dilation, fits],
  );
  const trace = result.value;

  const cellProblems = [
    ...(image.status === 'invalid' ? [strings.customInput.blocked] : []),
    ...(kernel.ok ? [] : [strings.custom.blocked]),
  ];
  const blocked = cellProblems.length
    ? cellProblems.join(' ')
    : geo && !geo.ok
      ? geo.error
      : (loadError ?? (result.error ? strings.computeFailed(result.error) : null));

  const stepping = useStepping(state.step, geometry && !blocked ? geometry.positions : 0, speed, set);
  const { step, goTo } = stepping;
  const update = (patch: Partial<StepperState>) => set(patch);

  const said = trace && !blocked ? announcement(trace, step, focus) : '';
  const summary = ready
    ? strings.summary(
        state.input === 'custom' ? strings.customInput.name(ready.height) : strings.inputs[state.input],
        strings.kernels[state.kernel],
        kernel.ok ? kernel.size : state.customSize,
        ready.channels,
        outChannels,
        geometry?.outH ?? 0,
        geometry?.outW ?? 0,
      )
    : image.status === 'invalid'
      ? strings.customInput.waiting
      : strings.loadingPhoto;

  return (
    <WidgetFrame name="ConvolutionStepper" id={id} title={props.title ?? strings.title} state={state} linkError={linkError} propIssues={propIssues}>
      <StepperShell
        idBase={id}
        rootRef={rootRef}
        className={styles.root}
        slideLayout={!props.showIm2col}
        stepping={stepping}
        outW={geometry?.outW ?? 0}
        speed={speed}
        onSpeed={(s) => update({ speed: s as StepperState['speed'] })}
        said={said}
        controls={
          <Controls
            idBase={id}
            state={state}
            update={update}
            kernelErrors={kernel.ok ? [] : kernel.errors}
            inputErrors={state.input === 'custom' && !typed.ok ? typed.errors : []}
          />
        }
        stage={(hintId) => (
          <Stage
            hintId={hintId}
            image={image}
            padding={padding}
            geometry={geometry}
            trace={trace}
            blocked={blocked}
            step={step}
            onStep={goTo}
            focus={focus}
            outChannels={outChannels}
            kernelLabels={kernel.ok && mode === 'gray' ? kernel.labels : undefined}
            summary={summary}
          />
        )}
      >
        {ready && kernel.ok ? (
          <Formula inH={ready.height} inW={ready.width} kernel={kernel.size} padding={padding} stride={stride} dilation={dilation} />
        ) : null}
        {props.showIm2col && ready && !blocked ? (
          trace ? (
            <Im2colSection trace={trace} step={step} onStepChange={goTo} image={ready} />
          ) : (
            <Pending text={strings.loadingEngine} />
          )
        ) : null}
      </StepperShell>
    </WidgetFrame>
  );
}
