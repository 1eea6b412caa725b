'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button } from '@/components/ui';
import { photoToFashion, type FashionStages, type RgbaImage } from '@/lib/preprocessing/photoToFashion';
import { readPixels } from './decodePicture';
import { PipelineView } from './PipelineView';
import { useEmit } from './useEmit';
import { S } from './strings';
import type { OnImage } from './types';
import css from './imageInput.module.css';

type Camera = { kind: 'off' } | { kind: 'starting' } | { kind: 'on' } | { kind: 'failed'; message: string };

/** Why the camera cannot be used here at all, or null when the browser offers one. */
function unavailable(): string | null {
  if (typeof window === 'undefined') return null;
  if (!window.isSecureContext) return S.camera.insecure;
  if (typeof navigator.mediaDevices?.getUserMedia !== 'function') return S.camera.unsupported;
  return null;
}

/** getUserMedia's error in words the reader can act on. */
function cameraMessage(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return S.camera.refused;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return S.camera.missing;
  if (name === 'NotReadableError' || name === 'AbortError') return S.camera.busy;
  return S.camera.failed(e instanceof Error ? e.message || e.name : String(e));
}

export interface CameraSnapProps {
  onImage: OnImage;
  /** Inactive: the stream is stopped (the camera light goes off). */
  active?: boolean;
}

/**
 * A snapshot from the camera, where the browser offers one, through the photo preprocessing. The
 * camera starts only when asked and stops on "Stop", when another source is chosen, and on unmount.
 */
export function CameraSnap({ onImage, active = true }: CameraSnapProps) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [camera, setCamera] = useState<Camera>({ kind: 'off' });
  const [missing, setMissing] = useState<string | null>(null);
  const [shot, setShot] = useState<{ picture: RgbaImage; stages: FashionStages } | null>(null);
  const emit = useEmit(onImage, active);
  // Bumped by every stop: a stream that arrives after it (the reader left meanwhile) is stopped at once.
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current += 1;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setCamera((c) => (c.kind === 'failed' ? c : { kind: 'off' }));
  }, []);
  useEffect(() => setMissing(unavailable()), []);
  useEffect(() => stop, [stop]);
  useEffect(() => {
    if (!active) stop();
  }, [active, stop]);

  const start = async () => {
    setCamera({ kind: 'starting' });
    const mine = generation.current;
    try {
      const s = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false });
      if (mine !== generation.current) {
        s.getTracks().forEach((t) => t.stop());
        return;
      }
      stream.current = s;
      if (video.current) {
        video.current.srcObject = s;
        await video.current.play().catch(() => {});
      }
      setCamera({ kind: 'on' });
    } catch (e) {
      if (mine === generation.current) setCamera({ kind: 'failed', message: cameraMessage(e) });
    }
  };
  const snap = () => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const picture = readPixels(v, v.videoWidth, v.videoHeight);
    const stages = photoToFashion(picture);
    setShot({ picture, stages });
    emit({ pixels: stages.final, source: 'camera' });
  };

  if (missing) {
    return (
      <div className={css.source} data-testid="camera-snap">
        <div data-testid="camera-message">
          <Alert kind="info">{missing}</Alert>
        </div>
      </div>
    );
  }
  const on = camera.kind === 'on';
  return (
    <div className={css.source} data-testid="camera-snap" data-camera={camera.kind}>
      <video ref={video} className={css.video} hidden={!on} playsInline muted aria-label={S.camera.videoLabel} />
      <div className={css.controls}>
        {on ? (
          <>
            <Button variant="primary" onClick={snap} data-testid="camera-snap-button">
              {S.camera.snap}
            </Button>
            <Button onClick={stop} data-testid="camera-stop">
              {S.camera.stop}
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={start} disabled={camera.kind === 'starting'} data-testid="camera-start">
            {S.camera.start}
          </Button>
        )}
      </div>
      <p className={css.hint}>{S.camera.hint}</p>
      {camera.kind === 'starting' ? (
        <p className={css.status} role="status">
          {S.camera.starting}
        </p>
      ) : null}
      {camera.kind === 'failed' ? (
        <div data-testid="camera-message">
          <Alert>{camera.message}</Alert>
        </div>
      ) : null}
      {shot ? <PipelineView picture={shot.picture} pictureCaption={S.camera.before(shot.picture.width, shot.picture.height)} pictureLabel={S.camera.snapshotAlt} stages={shot.stages} testId="camera-snap" /> : null}
    </div>
  );
}
