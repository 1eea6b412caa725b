/**
 * One colour per Fashion-MNIST class for points and legends, mid-luminance so they read on the
 * light and the dark theme; widgets pair them with a shape or a label, never colour alone.
 */
export const CLASS_COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#9c6ade', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#76b7b2'] as const;

/** Marker shapes, cycled with the colours, so classes differ for readers who do not see colour. */
export const CLASS_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type MarkerShape = (typeof CLASS_SHAPES)[number];

/** Draws a marker of `shape` centred on (x, y) with radius r (canvas). */
export function drawMarker(ctx: CanvasRenderingContext2D, shape: MarkerShape, x: number, y: number, r: number) {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y + r * 0.8);
      ctx.lineTo(x - r, y + r * 0.8);
      ctx.closePath();
      break;
    case 'diamond':
      ctx.moveTo(x, y - r);
      ctx.lineTo(x + r, y);
      ctx.lineTo(x, y + r);
      ctx.lineTo(x - r, y);
      ctx.closePath();
      break;
    case 'cross':
      ctx.rect(x - r, y - r * 0.35, 2 * r, r * 0.7);
      ctx.rect(x - r * 0.35, y - r, r * 0.7, 2 * r);
      break;
  }
  ctx.fill();
}
