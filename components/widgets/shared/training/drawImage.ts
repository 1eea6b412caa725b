/**
 * Draws a grey image (bytes, 0 = background) into a canvas context at (x, y), one square of
 * `scale` pixels per image pixel. Ink is drawn dark on the light theme and light on the dark one
 * (`ink` / `paper` are CSS colours read from the theme by the caller).
 */
export function drawGreyImage(
  ctx: CanvasRenderingContext2D,
  pixels: ArrayLike<number>,
  width: number,
  height: number,
  x: number,
  y: number,
  scale: number,
  invert = true,
) {
  const image = ctx.createImageData(width, height);
  for (let i = 0; i < width * height; i++) {
    const v = invert ? 255 - pixels[i] : pixels[i];
    image.data[4 * i] = image.data[4 * i + 1] = image.data[4 * i + 2] = v;
    image.data[4 * i + 3] = 255;
  }
  if (scale === 1) {
    ctx.putImageData(image, x, y);
    return;
  }
  // Scale without smoothing through a small offscreen canvas.
  const tmp = document.createElement('canvas');
  tmp.width = width;
  tmp.height = height;
  tmp.getContext('2d')!.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tmp, x, y, width * scale, height * scale);
}

/** The pixels of image `index` of a set held as one byte array. */
export function imagePixels(images: Uint8Array, index: number, size = 28 * 28): Uint8Array {
  return images.subarray(index * size, (index + 1) * size);
}
