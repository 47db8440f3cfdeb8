import { useEffect, useRef } from 'react';
import { drawCacheSymbol, drawIncidentSymbol, drawPostSymbol, SYMBOL_SIZE } from '../map/draw_symbol.ts';
import type { LegendSwatch as Swatch } from '../map/legend_entries.ts';
import { postSymbol } from '../map/post_symbol.ts';

const W = 28;
const H = 18;

function SymbolCanvas({ swatch }: { swatch: Extract<Swatch, { type: 'post' | 'cache' | 'incident' }> }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const pr = window.devicePixelRatio || 1;
    canvas.width = SYMBOL_SIZE * pr;
    canvas.height = SYMBOL_SIZE * pr;
    switch (swatch.type) {
      case 'post':
        drawPostSymbol(ctx, postSymbol(swatch.kind, swatch.status), pr);
        break;
      case 'cache':
        drawCacheSymbol(ctx, swatch.color, pr);
        break;
      case 'incident':
        drawIncidentSymbol(ctx, swatch.color, pr);
        break;
      default:
        swatch satisfies never;
    }
  }, [swatch]);
  return (
    <canvas ref={ref} className="swatch swatch--symbol" style={{ width: SYMBOL_SIZE, height: SYMBOL_SIZE }} />
  );
}

/** A legend swatch drawn with the map's own symbols and palette. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  switch (swatch.type) {
    case 'post':
    case 'cache':
    case 'incident':
      return <SymbolCanvas swatch={swatch} />;
    case 'fill':
      return (
        <svg className="swatch" width={W} height={H} aria-hidden="true">
          <rect
            x={1}
            y={1}
            width={W - 2}
            height={H - 2}
            rx={2}
            fill={swatch.color}
            fillOpacity={swatch.opacity}
            stroke={swatch.outline}
          />
        </svg>
      );
    case 'line':
      return (
        <svg className="swatch" width={W} height={H} aria-hidden="true">
          {swatch.casing && (
            <line
              x1={2}
              y1={H / 2}
              x2={W - 2}
              y2={H / 2}
              stroke={swatch.casing}
              strokeWidth={swatch.width + 2}
              strokeLinecap="round"
            />
          )}
          <line
            x1={2}
            y1={H / 2}
            x2={W - 2}
            y2={H / 2}
            stroke={swatch.color}
            strokeWidth={swatch.width}
            strokeLinecap={swatch.dashed ? 'butt' : 'round'}
            strokeDasharray={swatch.dashed ? '5 3' : undefined}
          />
        </svg>
      );
    case 'marker':
      return (
        <svg className="swatch" width={W} height={H} aria-hidden="true">
          <circle
            cx={W / 2}
            cy={H / 2}
            r={swatch.ring ? 5.5 : 6.5}
            fill={swatch.color}
            stroke={swatch.stroke}
            strokeWidth={swatch.ring ? 3 : 2}
          />
        </svg>
      );
    default:
      return swatch satisfies never;
  }
}
