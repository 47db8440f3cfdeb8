import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { SHEET_MODES, type SheetMode, SIDEBAR_WIDTH, sheetHeight, snapSheet } from './sheet_geometry.ts';
import type { PanelLayout } from './use_panel_layout.ts';

const ICON: Record<SheetMode, string> = { collapsed: '▁', half: '▄', full: '█' };

interface Drag {
  startY: number;
  startHeight: number;
  bodyPx: number;
  lastY: number;
  lastT: number;
  velocity: number;
  moved: boolean;
}

function nextMode(mode: SheetMode, step: 1 | -1): SheetMode {
  const i = SHEET_MODES.indexOf(mode) + step;
  return SHEET_MODES[Math.max(0, Math.min(SHEET_MODES.length - 1, i))] ?? mode;
}

/**
 * The phone sheet's top bar: a handle to drag (a tap or Enter cycles the heights, arrows step them) and one
 * button per height, every one at least 44 px square.
 */
function PhoneBar({ layout }: { layout: PanelLayout }) {
  const { t } = useI18n();
  const drag = useRef<Drag | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const body = layout.bodyRef.current;
    const sheet = e.currentTarget.closest('.sidebar');
    if (!body || !sheet) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = {
      startY: e.clientY,
      startHeight: sheet.getBoundingClientRect().height,
      bodyPx: body.getBoundingClientRect().height,
      lastY: e.clientY,
      lastT: e.timeStamp,
      velocity: 0,
      moved: false,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientY - d.startY) > 6) d.moved = true;
    if (!d.moved) return;
    const dt = Math.max(1, e.timeStamp - d.lastT);
    d.velocity = (d.lastY - e.clientY) / dt;
    d.lastY = e.clientY;
    d.lastT = e.timeStamp;
    const min = sheetHeight('collapsed', d.bodyPx);
    layout.setDragHeight(Math.max(min, Math.min(d.bodyPx, d.startHeight + d.startY - e.clientY)));
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (!d.moved) {
      layout.setSheet(layout.sheet === 'full' ? 'collapsed' : nextMode(layout.sheet, 1));
      return;
    }
    layout.setSheet(snapSheet(d.startHeight + d.startY - e.clientY, d.bodyPx, d.velocity));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      layout.setSheet(nextMode(layout.sheet, e.key === 'ArrowUp' ? 1 : -1));
    }
  };
  return (
    <div className="sheet-bar" data-testid="sheet-bar">
      <button
        type="button"
        className="sheet-bar__handle"
        aria-label={t.layout.sheetHandle}
        data-testid="sheet-handle"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          layout.setDragHeight(null);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          // A pointer tap is handled on pointerup; only the keyboard's Enter or Space arrives here alone.
          if (e.detail === 0)
            layout.setSheet(layout.sheet === 'full' ? 'collapsed' : nextMode(layout.sheet, 1));
        }}
      >
        <span aria-hidden="true" />
      </button>
      <fieldset className="sheet-bar__modes" aria-label={t.layout.sheet}>
        {SHEET_MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={layout.sheet === m}
            aria-label={t.layout[m]}
            title={t.layout[m]}
            data-sheet-mode={m}
            onClick={() => layout.setSheet(m)}
          >
            <span aria-hidden="true">{ICON[m]}</span>
          </button>
        ))}
      </fieldset>
    </div>
  );
}

/** The desktop side panel's hide/show button. */
function DesktopBar({ layout }: { layout: PanelLayout }) {
  const { t } = useI18n();
  const label = layout.collapsed ? t.layout.showSidebar : t.layout.hideSidebar;
  return (
    <div className="sheet-bar sheet-bar--desktop">
      <button
        type="button"
        className="sheet-bar__toggle"
        aria-expanded={!layout.collapsed}
        aria-label={label}
        title={label}
        data-testid="sidebar-toggle"
        onClick={() => layout.setCollapsed(!layout.collapsed)}
      >
        <span aria-hidden="true">{layout.collapsed ? '»' : '«'}</span>
      </button>
    </div>
  );
}

export function SheetBar({ layout }: { layout: PanelLayout }) {
  return layout.phone ? <PhoneBar layout={layout} /> : <DesktopBar layout={layout} />;
}

/** The desktop side panel's right edge: drag it, or focus it and use the arrow keys, to change the width. */
export function ResizeGrip({ layout }: { layout: PanelLayout }) {
  const { t } = useI18n();
  const start = useRef<{ x: number; width: number } | null>(null);
  if (layout.phone || layout.collapsed) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable splitter is the ARIA pattern; <hr> cannot take focus
    <div
      className="resize-grip"
      role="separator"
      aria-orientation="vertical"
      aria-label={t.layout.resize}
      aria-valuemin={SIDEBAR_WIDTH.min}
      aria-valuemax={SIDEBAR_WIDTH.max}
      aria-valuenow={layout.width}
      tabIndex={0}
      data-testid="sidebar-resize"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, width: layout.width };
      }}
      onPointerMove={(e) => {
        if (start.current) layout.setWidth(start.current.width + e.clientX - start.current.x);
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        layout.setWidth(layout.width + (e.key === 'ArrowRight' ? 24 : -24));
      }}
    />
  );
}
