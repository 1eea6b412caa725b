/**
 * One small server-rendered picture per lesson for the course map, looked up by slug. A lesson
 * without a picture of its own gets a neutral placeholder, never an error.
 */
import type { ComponentType } from 'react';
import { ConvolutionPicture, PoolingPicture, ReceptiveFieldPicture } from './grids';
import { ActivationsPicture, LossesPicture, TrainingPracticePicture } from './curves';
import { BatchNormPicture, CompressionPicture, PreprocessingPicture } from './distributions';
import { ClassicNetworksPicture, InceptionPicture, LightweightPicture, ResnetPicture } from './networks';
import { AttentionPicture, FcDropoutPicture, SiameseTripletPicture } from './units';
import { VisualisingCnnsPicture, WhatIsACnnPicture } from './model';
import { C, CELL, CellMap, H, Picture, W } from './svg';
import { strings } from './strings';

export const LESSON_PICTURES: Readonly<Record<string, ComponentType>> = {
  'what-is-a-cnn': WhatIsACnnPicture,
  convolution: ConvolutionPicture,
  'receptive-fields': ReceptiveFieldPicture,
  pooling: PoolingPicture,
  activations: ActivationsPicture,
  'batch-norm': BatchNormPicture,
  'fc-dropout': FcDropoutPicture,
  losses: LossesPicture,
  preprocessing: PreprocessingPicture,
  'classic-networks': ClassicNetworksPicture,
  'visualising-cnns': VisualisingCnnsPicture,
  inception: InceptionPicture,
  resnet: ResnetPicture,
  'lightweight-networks': LightweightPicture,
  attention: AttentionPicture,
  'siamese-triplet': SiameseTripletPicture,
  compression: CompressionPicture,
  'training-practice': TrainingPracticePicture,
};

export const hasPicture = (slug: string) => Object.prototype.hasOwnProperty.call(LESSON_PICTURES, slug);

/** Three plain maps, one behind the other: what a lesson without a picture shows. */
export function PlaceholderPicture() {
  const side = 4;
  return (
    <Picture label={strings.placeholder}>
      {[2, 1, 0].map((i) => (
        <CellMap key={i} x={(W - side * CELL) / 2 - 8 + i * 8} y={(H - side * CELL) / 2 + 8 - i * 8} rows={side} cols={side} />
      ))}
      <rect x={(W - side * CELL) / 2 - 8} y={(H - side * CELL) / 2 + 8} width={side * CELL} height={side * CELL} fill="none" stroke={C.accent} strokeWidth={1.5} />
    </Picture>
  );
}

export function LessonPicture({ slug }: { slug: string }) {
  const Drawn = hasPicture(slug) ? LESSON_PICTURES[slug] : PlaceholderPicture;
  return <Drawn />;
}
