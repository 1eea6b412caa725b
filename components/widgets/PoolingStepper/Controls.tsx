import { MAX_SEED } from '@/lib/random/prng';
import { CustomInputEditor } from '@/components/widgets/shared/stepper/CellEditor';
import { IntChoice } from '@/components/widgets/shared/stepper/IntChoice';
import type { CellError } from '@/components/widgets/shared/stepper/cells';
import { Alert, Button, Checkbox, NumberField, Segmented, SelectField } from '@/components/ui';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { DIRECTIONS, PHASES, POOL_INPUTS, POOL_MODES, UPSTREAMS, type PoolInput, type Upstream } from './presets';
import { RANGES, type PoolingState } from './state';
import { strings } from './strings';
import styles from './PoolingStepper.module.css';

interface Props {
  idBase: string;
  state: PoolingState;
  update: (patch: Partial<PoolingState>) => void;
  inputErrors: readonly CellError[];
}

/** Everything that changes what is pooled and which pass is shown. */
export function Controls({ idBase, state, update, inputErrors }: Props) {
  const seedOk = Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= MAX_SEED;
  return (
    <div className={ui.controlBar} role="group" aria-label={strings.settings}>
      <SelectField label={strings.inputLabel} options={POOL_INPUTS} value={state.input} format={(n) => strings.inputs[n]} onChange={(input: PoolInput) => update({ input })} />
      <Segmented variant="segments" name={`${idBase}-mode`} legend={strings.modeLabel} options={POOL_MODES} value={state.mode} label={(m) => strings.modes[m]} onChange={(mode) => update({ mode })} />
      <IntChoice name={`${idBase}-kernel`} legend={strings.kernelLabel} range={RANGES.kernel} value={state.kernel} label={strings.kernelOption} onChange={(kernel) => update({ kernel })} />
      <IntChoice name={`${idBase}-stride`} legend={strings.strideLabel} range={RANGES.stride} value={state.stride} onChange={(stride) => update({ stride })} />
      <IntChoice name={`${idBase}-padding`} legend={strings.paddingLabel} range={RANGES.padding} value={state.padding} onChange={(padding) => update({ padding })} />
      <Segmented variant="segments" name={`${idBase}-direction`} legend={strings.directionLabel} options={DIRECTIONS} value={state.direction} label={(d) => strings.directions[d]} onChange={(direction) => update({ direction })} />
      {state.direction === 'backward' ? (
        <SelectField label={strings.upstreamLabel} options={UPSTREAMS} value={state.upstream} format={(n) => strings.upstreams[n]} onChange={(upstream: Upstream) => update({ upstream })} />
      ) : null}
      {state.mode === 'avg' ? (
        <Checkbox className={styles.check} label={strings.includePadLabel} checked={state.countIncludePad} onChange={(countIncludePad) => update({ countIncludePad })} />
      ) : null}
      {state.mode === 'stochastic' ? (
        <div className={styles.stochastic}>
          {state.direction === 'forward' ? (
            <Segmented variant="segments" name={`${idBase}-phase`} legend={strings.phaseLabel} options={PHASES} value={state.phase} label={(p) => strings.phases[p]} onChange={(phase) => update({ phase })} />
          ) : null}
          <div className={styles.seed}>
            <NumberField label={strings.seedLabel} value={state.seed} min={0} max={MAX_SEED} onChange={(seed) => update({ seed })} invalid={!seedOk} errorId={`${idBase}-seed-error`} />
            <Button onClick={() => update({ seed: seedOk && state.seed < MAX_SEED ? state.seed + 1 : 0 })}>{strings.newDraw}</Button>
          </div>
          {!seedOk ? (
            <Alert id={`${idBase}-seed-error`}>{strings.errors.seed(MAX_SEED)}</Alert>
          ) : null}
        </div>
      ) : null}
      {state.input === 'custom' ? <CustomInputEditor idBase={idBase} text={strings.customInput} state={state} errors={inputErrors} update={update} /> : null}
    </div>
  );
}
