'use client';
import { useMemo, useRef } from 'react';
import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { MAX_SEED } from '@/lib/random/prng';
import { attempt, NOT_YET } from '@/components/widgets/shared/attempt';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { imageFromCells } from '@/components/widgets/shared/stepper/customInput';
import { imageNote } from '@/components/widgets/shared/stepper/Stage';
import { FormulaSection, StepperShell } from '@/components/widgets/shared/stepper/StepperShell';
import { useInputImage } from '@/components/widgets/shared/stepper/useInputImage';
import { useRepairedState, useStepping } from '@/components/widgets/shared/stepper/useStepping';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import { Controls } from './Controls';
import { announcement } from './describe';
import { checkSettings, stochasticView, upstreamGradient, viewFromTrace } from './model';
import { CLASSIC, STEPPER_INPUT, type Direction, type Phase, type PoolInput, type PoolMode, type Upstream } from './presets';
import { sizeTex } from './sizeTex';
import { Stage } from './Stage';
import { normalizeState, schema, type PoolingState } from './state';
import { ISSUES, strings } from './strings';
import styles from './PoolingStepper.module.css';

export interface PoolingStepperProps {
  /** Unique on the page; the key of a shared link. */
  id?: string;
  title?: string;
  input?: PoolInput;
  mode?: PoolMode;
  kernel?: number;
  /** Defaults to 2, like the kernel (PyTorch's default stride is the kernel size). */
  stride?: number;
  padding?: number;
  /** Average pooling: count padding cells in the divisor (PyTorch's default, true). */
  countIncludePad?: boolean;
  phase?: Phase;
  seed?: number;
  direction?: Direction;
  upstream?: Upstream;
  /** Windows per second while playing. */
  speed?: number;
  /** The reader's input (3×3 to 8×8 rows); selects it unless `input` is given. */
  customInput?: number[][];
}

const CLASSIC_TYPED = { ok: true as const, image: CLASSIC };

export function PoolingStepper(props: PoolingStepperProps) {
  const id = props.id ?? 'pooling-stepper';
  const { state: stored, set, linkError, propIssues } = useWidgetState(id, schema, props as Readonly<Record<string, unknown>>, ISSUES);
  const state = useRepairedState(stored, normalizeState, set);
  const { mode, kernel, stride, padding, countIncludePad, phase, direction, upstream, speed } = state;
  const backward = direction === 'backward';
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);

  const typed = useMemo(() => imageFromCells(state.customInput, state.customInputSize), [state.customInput, state.customInputSize]);
  const status = useInputImage(STEPPER_INPUT[state.input], 'gray', state.input === 'classic' ? CLASSIC_TYPED : typed);
  const image = status.status === 'ready' ? status.image : null;
  const check = image ? checkSettings(image, state) : null;
  const geometry = check?.ok ? check.geometry : null;

  // A half-typed seed keeps the last whole one, so the figure never blanks while typing.
  const lastSeed = useRef(state.seed);
  if (Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= MAX_SEED) lastSeed.current = state.seed;
  const seed = lastSeed.current;

  const result = useMemo(() => {
    if (!image || !geometry) return NOT_YET;
    if (mode === 'stochastic') return attempt(() => stochasticView(image, geometry, { kernel, stride, padding, seed, phase }));
    if (!compute) return NOT_YET;
    return attempt(() => viewFromTrace(compute.poolingTrace({ input: image.data, height: image.height, width: image.width, mode, kernel, stride, padding, countIncludePad }), geometry));
  }, [compute, image, geometry, mode, kernel, stride, padding, countIncludePad, seed, phase]);
  const view = result.value;

  const blocked =
    status.status === 'invalid'
      ? strings.customInput.blocked
      : check && !check.ok
        ? check.error
        : result.error
          ? strings.computeFailed(result.error)
          : mode !== 'stochastic'
            ? loadError
            : null;

  const stepping = useStepping(state.step, geometry && !blocked ? geometry.positions : 0, speed, set);
  const { step, goTo } = stepping;
  const gy = useMemo(() => (backward && geometry ? upstreamGradient(upstream, geometry.positions, step) : null), [backward, geometry, upstream, step]);
  const said = view && image && !blocked ? announcement(view, image, step, { backward, g: gy?.[step] ?? 0, countIncludePad, phase }) : '';

  const inputName = state.input === 'custom' ? strings.customInput.name(state.customInputSize) : strings.inputs[state.input];
  const summary = geometry ? strings.summary(inputName, strings.modes[mode], kernel, stride, padding, geometry.outH, geometry.outW) : inputName;

  return (
    <WidgetFrame name="PoolingStepper" id={id} title={props.title ?? strings.title} state={state} linkError={linkError} propIssues={propIssues}>
      <StepperShell
        idBase={id}
        rootRef={rootRef}
        stepping={stepping}
        outW={geometry?.outW ?? 0}
        speed={speed}
        onSpeed={(s) => set({ speed: s as PoolingState['speed'] })}
        said={said}
        controls={<Controls idBase={id} state={state} update={set} inputErrors={state.input === 'custom' && !typed.ok ? typed.errors : []} />}
        stage={(hintId) => (
          <Stage
            hintId={hintId}
            image={image}
            imageNote={imageNote(status, strings)}
            mode={mode}
            padding={padding}
            countIncludePad={countIncludePad}
            phase={phase}
            geometry={geometry}
            view={view}
            blocked={blocked}
            backward={backward}
            gy={gy}
            step={step}
            onStep={goTo}
            summary={summary}
          />
        )}
      >
        {image && geometry && !blocked ? (
          <FormulaSection title={strings.formulaTitle}>
            <LiveTex as="p" className={stepper.math} tex={sizeTex('H', image.height, kernel, padding, stride)} />
            <LiveTex as="p" className={stepper.math} tex={sizeTex('W', image.width, kernel, padding, stride)} />
            <p className={stepper.legend}>{strings.formulaLegend}</p>
            <p className={styles.kept}>{strings.kept(image.height, image.width, geometry.outH, geometry.outW)}</p>
          </FormulaSection>
        ) : null}
      </StepperShell>
    </WidgetFrame>
  );
}
