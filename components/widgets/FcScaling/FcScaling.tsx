'use client';
import { useState } from 'react';
import { useWidgetStore } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { NumberField } from '@/components/widgets/shared/NumberField';
import { FcScalingResults } from './FcScalingResults';
import { CHOICES, DEFAULT_STATE, LIMITS, PRESETS, parseFcScalingState, stateError, type FcScalingState, type ImageChoice, type NumericField } from './state';
import { S } from './strings';
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

export function FcScaling({ id, title = S.title, image, h, w, c, units, kernels = 64 }: FcScalingProps) {
  const [initial] = useState<FcScalingState>(() => {
    const chosen = image ?? DEFAULT_STATE.image;
    const size = chosen === 'custom' ? { h: h ?? DEFAULT_STATE.h, w: w ?? DEFAULT_STATE.w, c: c ?? DEFAULT_STATE.c } : PRESETS[chosen];
    return { image: chosen, ...size, units: units ?? DEFAULT_STATE.units };
  });
  const { state, set, linkError } = useWidgetStore(id, initial, parseFcScalingState);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  const choose = (choice: ImageChoice) => set(choice === 'custom' ? { image: choice } : { image: choice, ...PRESETS[choice] });
  const field = (f: NumericField) => (
    <NumberField
      key={f}
      label={S.fields[f]}
      value={state[f]}
      min={LIMITS[f][0]}
      max={LIMITS[f][1]}
      onChange={(v) => set(f === 'units' ? { units: v } : { [f]: v, image: 'custom' })}
      invalid={problem?.field === f}
      errorId={errorId}
    />
  );
  return (
    <WidgetFrame name="FcScaling" id={id} title={title} state={state} linkError={linkError}>
      <div className={`${ui.panel} ${styles.controls}`}>
        <fieldset className={styles.choices}>
          <legend className={styles.legendTitle}>{S.imageLegend}</legend>
          {CHOICES.map((choice) => (
            <label key={choice} className={styles.choice}>
              <input type="radio" name={`${id}-image`} value={choice} checked={state.image === choice} onChange={() => choose(choice)} />
              <span>{S.choices[choice]}</span>
            </label>
          ))}
        </fieldset>
        <div className={`${ui.fieldGrid} ${styles.fields}`}>{(['h', 'w', 'c', 'units'] as const).map(field)}</div>
      </div>
      {problem ? (
        <div id={errorId} role="alert" className={ui.errorBox}>
          <strong>{S.invalidHeading}</strong> {problem.error}
        </div>
      ) : (
        <FcScalingResults state={state} kernels={kernels} />
      )}
    </WidgetFrame>
  );
}
