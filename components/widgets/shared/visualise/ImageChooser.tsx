'use client';
import { useCallback } from 'react';
import { ImageSourceTabs, type InputImage } from '@/components/widgets/shared/imageInput';
import css from './visualise.module.css';

interface Props {
  /** The chosen test image, kept in the widget's state (so a link carries it). */
  testIndex: number;
  onTestIndex: (index: number) => void;
  /** Every image the reader chooses, draws or uploads. */
  onImage: (image: InputImage) => void;
}

/** The image sources for the visualisation widgets: a test image, a drawing or a photo. */
export function ImageChooser({ testIndex, onTestIndex, onImage }: Props) {
  const take = useCallback(
    (image: InputImage) => {
      onImage(image);
      if (image.source === 'test' && image.testIndex !== undefined && image.testIndex !== testIndex) onTestIndex(image.testIndex);
    },
    [onImage, onTestIndex, testIndex],
  );
  return (
    <div className={css.sourceBox}>
      <ImageSourceTabs sources={['test', 'drawing', 'photo']} testIndex={testIndex} onImage={take} padPreview={false} />
    </div>
  );
}
