'use client';
import { useMemo, useRef } from 'react';
import { Alert, Segmented } from '@/components/ui';
import { attempt } from '@/components/widgets/shared/attempt';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { NUMBERS_IMAGE } from '@/components/widgets/shared/stepper/presets';
import { PaddedInput } from '@/components/widgets/shared/stepper/PaddedInput';
import { Im2colBody } from '@/components/widgets/shared/im2col/Im2colBody';
import { strings as figure } from '@/components/widgets/shared/im2col/strings';
import styles from '@/components/widgets/shared/im2col/im2col.module.css';
import { DEMO_KERNEL, PADDINGS, STRIDES, schema } from './state';
import { ISSUES, strings } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';

interface Props {
  id: string;
  title: string;
  /** The MDX props (padding, stride; numbers may arrive as text). */
  props: Readonly<Record<string, unknown>>;
}

const KERNEL = Float32Array.from(DEMO_KERNEL);

/** The im2col view on its own: the 5×5 grid of small numbers and a 3×3 kernel. */
export function Im2colStandalone({ id, title, props }: Props) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, { padding: props.padding, stride: props.stride }, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const { padding, stride } = state;
  const result = useMemo(
    () =>
      compute
        ? attempt(() =>
            compute.convolutionTrace({
              input: NUMBERS_IMAGE.data,
              inputShape: [1, NUMBERS_IMAGE.height, NUMBERS_IMAGE.width],
              kernels: KERNEL,
              kernelShape: [1, 1, 3, 3],
              stride,
              padding,
              dilation: 1,
            }),
          )
        : null,
    [compute, padding, stride],
  );

  return (
    <WidgetFrame name="Im2colView" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${styles.root}`}>
        <div className={ui.controlBar}>
          <Segmented variant="segments" name={`${id}-padding`} legend={strings.paddingLabel} options={PADDINGS} value={padding} onChange={(v) => set({ padding: v })} />
          <Segmented variant="segments" name={`${id}-stride`} legend={strings.strideLabel} options={STRIDES} value={stride} onChange={(v) => set({ stride: v })} />
          <p className={styles.legend}>{strings.kernelNote}</p>
        </div>
        {loadError ? (
          <Alert>{loadError}</Alert>
        ) : result?.error ? (
          <Alert>{strings.computeFailed(result.error)}</Alert>
        ) : result?.value ? (
          <Im2colBody trace={result.value} image={NUMBERS_IMAGE} column={state.column} onSelect={(column) => set({ column })} live />
        ) : (
          <div className={styles.top}>
            <figure className={styles.small}>
              <PaddedInput image={NUMBERS_IMAGE} padding={padding} geometry={null} step={0} label={figure.inputCaption(0)} maxCell={1.5} />
            </figure>
            <p className={ui.loading}>{strings.loadingEngine}</p>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
