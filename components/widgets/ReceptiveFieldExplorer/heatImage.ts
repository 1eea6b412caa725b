/** The effective field as an image: one pixel per input cell, pale yellow (small) to dark red (largest). */
import { interpolateYlOrRd } from 'd3';

export function heatImage(magnitude: Float32Array, side: number): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const img = ctx.createImageData(side, side);
  let max = 0;
  for (const v of magnitude) max = Math.max(max, v);
  for (let i = 0; i < side * side; i++) {
    const t = max > 0 ? magnitude[i] / max : 0;
    if (t <= 0) continue; // transparent: the panel's own background shows through
    const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(interpolateYlOrRd(0.1 + 0.9 * t));
    if (!rgb) continue;
    img.data.set([Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), 255], i * 4);
  }
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL();
}
