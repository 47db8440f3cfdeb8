import type { PostSymbol, SymbolShape } from './post_symbol.ts';

/** Symbol drawing size in CSS pixels; images are rendered at `pixelRatio` for crisp edges. */
export const SYMBOL_SIZE = 26;

function tracePath(ctx: CanvasRenderingContext2D, shape: SymbolShape, c: number, r: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(c, c, r, 0, Math.PI * 2);
      break;
    case 'square': {
      const s = r * 0.88;
      ctx.roundRect(c - s, c - s, 2 * s, 2 * s, r * 0.18);
      break;
    }
    case 'diamond':
      ctx.moveTo(c, c - r * 1.08);
      ctx.lineTo(c + r * 1.08, c);
      ctx.lineTo(c, c + r * 1.08);
      ctx.lineTo(c - r * 1.08, c);
      ctx.closePath();
      break;
    case 'triangle':
      ctx.moveTo(c, c - r * 1.05);
      ctx.lineTo(c + r * 1.05, c + r * 0.8);
      ctx.lineTo(c - r * 1.05, c + r * 0.8);
      ctx.closePath();
      break;
    default:
      shape satisfies never;
  }
}

/** Draws a post symbol centred in a square canvas context of `SYMBOL_SIZE * pixelRatio` pixels. */
export function drawPostSymbol(ctx: CanvasRenderingContext2D, symbol: PostSymbol, pixelRatio: number): void {
  const size = SYMBOL_SIZE * pixelRatio;
  const c = size / 2;
  const r = size * 0.36;
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = 'round';
  if (symbol.fill === null) {
    // A hollow symbol gets a white core and a white outer edge so the ring reads on dark hazard fills.
    tracePath(ctx, symbol.shape, c, r);
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fill();
    ctx.lineWidth = 5 * pixelRatio;
    ctx.strokeStyle = '#ffffff';
    ctx.setLineDash([]);
    ctx.stroke();
    ctx.lineWidth = 2.6 * pixelRatio;
    ctx.strokeStyle = symbol.stroke;
    ctx.setLineDash(symbol.dash.map((d) => d * pixelRatio));
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  tracePath(ctx, symbol.shape, c, r);
  ctx.fillStyle = symbol.fill;
  ctx.fill();
  ctx.lineWidth = 2 * pixelRatio;
  ctx.strokeStyle = symbol.stroke;
  ctx.stroke();
}

/** The cache symbol: a crate (rounded box with a lid line) in the cache colour. */
export function drawCacheSymbol(ctx: CanvasRenderingContext2D, color: string, pixelRatio: number): void {
  const size = SYMBOL_SIZE * pixelRatio;
  const c = size / 2;
  const s = size * 0.3;
  ctx.clearRect(0, 0, size, size);
  ctx.beginPath();
  ctx.roundRect(c - s, c - s * 0.85, 2 * s, 1.7 * s, 2 * pixelRatio);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1.6 * pixelRatio;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(c - s, c - s * 0.25);
  ctx.lineTo(c + s, c - s * 0.25);
  ctx.moveTo(c, c - s * 0.25);
  ctx.lineTo(c, c + s * 0.3);
  ctx.stroke();
}

/** The incident symbol: a warning triangle with an exclamation mark, coloured by status. */
export function drawIncidentSymbol(ctx: CanvasRenderingContext2D, color: string, pixelRatio: number): void {
  const size = SYMBOL_SIZE * pixelRatio;
  const c = size / 2;
  const r = size * 0.42;
  ctx.clearRect(0, 0, size, size);
  ctx.beginPath();
  ctx.moveTo(c, c - r);
  ctx.lineTo(c + r, c + r * 0.78);
  ctx.lineTo(c - r, c + r * 0.78);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1.8 * pixelRatio;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  const w = 2.2 * pixelRatio;
  ctx.fillRect(c - w / 2, c - r * 0.42, w, r * 0.7);
  ctx.fillRect(c - w / 2, c + r * 0.4, w, w);
}

/** A soft disc drawn behind a hovered or selected symbol that is offset from its point (see caches). */
export function drawHalo(ctx: CanvasRenderingContext2D, color: string, pixelRatio: number): void {
  const size = SYMBOL_SIZE * pixelRatio;
  const c = size / 2;
  ctx.clearRect(0, 0, size, size);
  ctx.beginPath();
  ctx.arc(c, c, size * 0.48, 0, Math.PI * 2);
  ctx.globalAlpha = 0.45;
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = 2 * pixelRatio;
  ctx.strokeStyle = color;
  ctx.stroke();
}
