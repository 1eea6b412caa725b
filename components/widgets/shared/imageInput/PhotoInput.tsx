'use client';
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { Alert, Button } from '@/components/ui';
import { photoToFashion, type FashionStages, type RgbaImage } from '@/lib/preprocessing/photoToFashion';
import { decodePicture } from './decodePicture';
import { PipelineView } from './PipelineView';
import { useEmit } from './useEmit';
import { refusalMessage, S } from './strings';
import type { OnImage } from './types';
import css from './imageInput.module.css';

export interface PhotoInputProps {
  onImage: OnImage;
  active?: boolean;
}

interface Shown {
  name: string;
  picture: RgbaImage;
  original: { width: number; height: number };
  stages: FashionStages;
}

/**
 * The reader's own photo: picked, dropped or pasted, decoded in the page, shown before and after
 * the Fashion-MNIST preprocessing. A file that cannot be used gets a sentence saying why, and
 * nothing else changes (the last good photo stays).
 */
export function PhotoInput({ onImage, active = true }: PhotoInputProps) {
  const input = useRef<HTMLInputElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const emit = useEmit(onImage, active);
  const job = useRef(0);
  const privacyId = useId();

  const take = async (file: File | undefined, name = file?.name ?? '') => {
    if (!file) return;
    const id = ++job.current;
    setBusy(name);
    const decoded = await decodePicture(file);
    if (id !== job.current) return; // a newer file was chosen meanwhile
    setBusy(null);
    if (!decoded.ok) {
      setError(refusalMessage(decoded.refusal, name));
      return;
    }
    const stages = photoToFashion(decoded.image);
    setError(null);
    setShown({ name, picture: decoded.image, original: decoded.original, stages });
    emit({ pixels: stages.final, source: 'photo' });
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  const paste = (e: ClipboardEvent) => {
    const file = Array.from(e.clipboardData.files)[0] ?? Array.from(e.clipboardData.items).find((i) => i.kind === 'file')?.getAsFile() ?? undefined;
    if (!file) {
      setError(S.photo.pasteNothing);
      return;
    }
    e.preventDefault();
    void take(file, S.photo.pastedName);
  };

  return (
    <div className={css.source} data-testid="photo-input" onPaste={paste}>
      <div
        className={css.drop}
        data-over={over}
        tabIndex={0}
        role="group"
        aria-label={S.photo.drop}
        aria-describedby={privacyId}
        data-testid="photo-input-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Button variant="primary" onClick={() => input.current?.click()}>
          {S.photo.choose}
        </Button>
        <input
          ref={input}
          type="file"
          accept="image/*"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={S.photo.fileLabel}
          data-testid="photo-input-file"
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = ''; // choosing the same file again is a change too
          }}
        />
        <p className={css.dropText}>{over ? S.photo.dropActive : S.photo.drop}</p>
        <p id={privacyId} className={css.hint}>
          {S.photo.privacy}
        </p>
      </div>
      {busy !== null ? (
        <p className={css.status} role="status">
          {S.photo.reading(busy)}
        </p>
      ) : null}
      {error ? (
        <div data-testid="photo-input-error">
          <Alert title={S.photo.errorTitle}>{error}</Alert>
        </div>
      ) : null}
      {shown ? (
        <PipelineView
          picture={shown.picture}
          pictureCaption={S.photo.before(shown.picture.width, shown.picture.height)}
          pictureLabel={S.photo.beforeAlt(shown.name, shown.original.width, shown.original.height)}
          stages={shown.stages}
          testId="photo-input"
        />
      ) : null}
    </div>
  );
}
