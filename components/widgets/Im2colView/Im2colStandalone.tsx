'use client';
import { useMemo, useRef, useState } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetStore } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { NUMBERS_IMAGE } from '../ConvolutionStepper/presets';
import { PaddedInput } from '../ConvolutionStepper/PaddedInput';
import { Segmented } from '../ConvolutionStepper/Segmented';
import { Im2colBody } from './Im2colBody';
import { DEMO_KERNEL, PADDINGS, STRIDES, im2colFromProps, parseIm2colState, type Im2colState } from './state';
import { strings } from './strings';
import styles from './Im2colView.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  id: string;
  title: string;
  padding?: unknown;
  stride?: unknown;
}

const KERNEL = Float32Array.from(DEMO_KERNEL);

/** The im2col view on its own: the 5×5 grid of small numbers and a 3×3 kernel. */
export function Im2colStandalone({ id, title, padding: padProp, stride: strideProp }: Props) {
  const [{ state: initial, problem }] = useState(() => im2colFromProps({ padding: padProp, stride: strideProp }));
  const { state, set, linkError } = useWidgetStore<Im2colState>(id, initial, parseIm2colState);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const { padding, stride } = state;
  const result = useMemo(() => {
    if (!compute) return null;
    try {
      const trace = compute.convolutionTrace({
        input: NUMBERS_IMAGE.data,
        inputShape: [1, NUMBERS_IMAGE.height, NUMBERS_IMAGE.width],
        kernels: KERNEL,
        kernelShape: [1, 1, 3, 3],
        stride,
        padding,
        dilation: 1,
      });
      return { trace, error: null };
    } catch (e) {
      return { trace: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [compute, padding, stride]);

  return (
    <WidgetFrame name="Im2colView" id={id} title={title} state={state} linkError={linkError}>
      <div ref={rootRef} className={`${ui.focusScope} ${styles.root}`}>
        {problem ? (
          <p role="alert" className={ui.alert}>
            {strings.propsProblem(problem)}
          </p>
        ) : null}
        <div className={ui.controlBar}>
          <Segmented name={`${id}-padding`} legend={strings.paddingLabel} options={PADDINGS} value={padding as 0 | 1} onChange={(v) => set({ padding: v })} />
          <Segmented name={`${id}-stride`} legend={strings.strideLabel} options={STRIDES} value={stride as 1 | 2} onChange={(v) => set({ stride: v })} />
          <p className={styles.legend}>{strings.kernelNote}</p>
        </div>
        {loadError ? (
          <p role="alert" className={ui.alert}>
            {loadError}
          </p>
        ) : result?.error ? (
          <p role="alert" className={ui.alert}>
            {strings.computeFailed(result.error)}
          </p>
        ) : result?.trace ? (
          <Im2colBody idBase={id} trace={result.trace} image={NUMBERS_IMAGE} column={state.column} onSelect={(column) => set({ column })} live />
        ) : (
          <div className={styles.top}>
            <figure className={styles.small}>
              <PaddedInput image={NUMBERS_IMAGE} padding={padding} geometry={null} step={0} label={strings.inputCaption(0)} maxCell={1.5} />
            </figure>
            <p className={ui.loading}>{strings.loadingEngine}</p>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
