'use client';
import type { FashionStages, RgbaImage } from '@/lib/preprocessing/photoToFashion';
import { GreyCanvas, RgbaCanvas } from './ImageCanvas';
import { S } from './strings';
import css from './imageInput.module.css';

const hex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

export interface PipelineViewProps {
  /** The picture as used (at the working size). */
  picture: RgbaImage;
  pictureCaption: string;
  pictureLabel: string;
  stages: FashionStages;
  /** Prefix of the parts' data-testid (photo-input, camera-snap). */
  testId: string;
}

/** A picture before and after the Fashion-MNIST preprocessing, and (folded) every step between. */
export function PipelineView({ picture, pictureCaption, pictureLabel, stages, testId }: PipelineViewProps) {
  const steps: [string, RgbaImage][] = [
    [S.stages.trimmed(stages.trimmed.width, stages.trimmed.height), stages.trimmed],
    [S.stages.resized(stages.resized.width, stages.resized.height), stages.resized],
    [S.stages.sharpened, stages.sharpened],
    [S.stages.centred, stages.centred],
  ];
  return (
    <div className={css.pipeline}>
      <div className={css.beforeAfter}>
        <figure className={css.figure}>
          <RgbaCanvas image={picture} label={pictureLabel} className={css.before} testId={`${testId}-before`} />
          <figcaption>{pictureCaption}</figcaption>
        </figure>
        <span className={css.arrow} aria-hidden="true">
          →
        </span>
        <figure className={css.figure}>
          <GreyCanvas pixels={stages.final} label={S.stages.finalAlt} className={css.after} testId={`${testId}-after`} />
          <figcaption>{S.photo.after}</figcaption>
        </figure>
      </div>
      <p className={css.note} data-testid={`${testId}-verdict`} data-inverted={stages.inverted} data-empty={stages.empty}>
        {stages.empty ? S.stages.empty : S.stages.background(hex(stages.background), stages.inverted)}
      </p>
      {stages.empty ? null : (
        <details className={css.stages} data-testid={`${testId}-stages`}>
          <summary>{S.stages.summary}</summary>
          <div className={css.stageRow}>
            {steps.map(([caption, image]) => (
              <figure key={caption} className={css.figure}>
                <RgbaCanvas image={image} label={S.stages.stageAlt(caption)} pixelated={image.width <= 64} className={css.stage} />
                <figcaption>{caption}</figcaption>
              </figure>
            ))}
            <figure className={css.figure}>
              <GreyCanvas pixels={stages.final} label={S.stages.stageAlt(S.stages.final(stages.inverted))} className={css.stage} />
              <figcaption>{S.stages.final(stages.inverted)}</figcaption>
            </figure>
          </div>
        </details>
      )}
    </div>
  );
}
