'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Segmented } from '@/components/ui';
import { NumberFields } from '../shared/NumberFields';
import { FcScalingResults } from './FcScalingResults';
import { CHOICES, PRESETS, schema, stateError, type ImageChoice, type NumericField } from './state';
import { ISSUES, numberMessage, S } from './strings';
import styles from './FcScaling.module.css';
import ui from '../shared/widgetUi.module.css';

export interface FcScalingProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** The image picked at first (default AlexNet's 227×227×3). */
  image?: ImageChoice;
  /** Size of a custom image, used when image="custom". */
  h?: number;
  w?: number;
  c?: number;
  /** Units in the first hidden layer (default 1000). */
  units?: number;
  /** Kernels of the 3×3 convolution it is compared with (default 64). */
  kernels?: number;
}

const FIELDS: readonly NumericField[] = ['h', 'w', 'c', 'units'];

export function FcScaling({ id, title = S.title, kernels = 64, ...props }: FcScalingProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  const choose = (choice: ImageChoice) => set(choice === 'custom' ? { image: choice } : { image: choice, ...PRESETS[choice] });
  return (
    <WidgetFrame name="FcScaling" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${styles.controls}`}>
        <Segmented variant="chips" name={`${id}-image`} legend={S.imageLegend} options={CHOICES} value={state.image} label={(v) => S.choices[v]} onChange={choose} />
        <div className={`${ui.fieldGrid} ${styles.fields}`}>
          <NumberFields fields={FIELDS} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={(f, v) => set(f === 'units' ? { units: v } : { [f]: v, image: 'custom' })} invalidField={problem?.field} errorId={errorId} />
        </div>
      </div>
      {problem ? (
        <Alert id={errorId} title={S.invalidHeading}>
          {numberMessage(problem.issue)}
        </Alert>
      ) : (
        <FcScalingResults state={state} kernels={kernels} />
      )}
    </WidgetFrame>
  );
}
