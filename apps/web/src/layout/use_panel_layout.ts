import { type CSSProperties, type RefObject, useCallback, useRef, useState } from 'react';
import { clampSidebarWidth, type SheetMode, SIDEBAR_WIDTH } from './sheet_geometry.ts';
import { PHONE_QUERY, useMediaQuery } from './use_media_query.ts';

export interface PanelLayout {
  phone: boolean;
  /** The phone's bottom sheet. */
  sheet: SheetMode;
  setSheet(mode: SheetMode): void;
  /** The sheet's height in pixels while a finger drags it, else null (the mode decides). */
  dragHeight: number | null;
  setDragHeight(px: number | null): void;
  /** The desktop side panel. */
  collapsed: boolean;
  setCollapsed(collapsed: boolean): void;
  width: number;
  setWidth(px: number): void;
  /** The body holding panel and map: the sheet is measured against it. */
  bodyRef: RefObject<HTMLDivElement | null>;
  bodyProps: {
    'data-layout': 'phone' | 'desktop';
    'data-sheet': SheetMode;
    'data-collapsed': boolean;
    'data-dragging': boolean;
    style: CSSProperties;
  };
}

/**
 * The panel's place on screen: on a phone a bottom sheet over a full-screen map (collapsed, half or full), on a
 * desktop a side panel that can be resized or hidden. Kept in the app component, not the store: nothing else
 * needs it, and the stylesheet reads it from the body's data attributes and CSS variables.
 */
export function usePanelLayout(): PanelLayout {
  const phone = useMediaQuery(PHONE_QUERY);
  const [sheet, setSheetMode] = useState<SheetMode>('collapsed');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [width, setWidthPx] = useState<number>(SIDEBAR_WIDTH.initial);
  const bodyRef = useRef<HTMLDivElement>(null);
  const setSheet = useCallback((mode: SheetMode) => {
    setDragHeight(null);
    setSheetMode(mode);
  }, []);
  const setWidth = useCallback((px: number) => setWidthPx(clampSidebarWidth(px)), []);
  const style = {
    '--sidebar-w': `${width}px`,
    ...(dragHeight !== null ? { '--sheet-h': `${dragHeight}px` } : {}),
  } as CSSProperties;
  return {
    phone,
    sheet,
    setSheet,
    dragHeight,
    setDragHeight,
    collapsed,
    setCollapsed,
    width,
    setWidth,
    bodyRef,
    bodyProps: {
      'data-layout': phone ? 'phone' : 'desktop',
      'data-sheet': sheet,
      'data-collapsed': !phone && collapsed,
      'data-dragging': dragHeight !== null,
      style,
    },
  };
}
