import { useEffect, useRef } from 'react';
import type { MapTool } from '../store/workspace_slice.ts';
import type { SheetMode } from './sheet_geometry.ts';
import type { PanelLayout } from './use_panel_layout.ts';

/**
 * On a phone, a tool that waits for a tap on the map (placing the incident, marking a closure, placing or drawing
 * the shape of an open form) lowers the sheet so the map can be seen, and the sheet comes back to its height when
 * the tool is done. An open form's card then sits just above the lowered sheet (styles.css), its Save and Cancel in
 * reach.
 */
export function useSheetForMapTools(layout: PanelLayout, tool: MapTool): void {
  const before = useRef<SheetMode | null>(null);
  const { phone, sheet, setSheet } = layout;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of tool moves the sheet
  useEffect(() => {
    if (!phone) return;
    const picking = tool === 'incident' || tool === 'closure' || tool === 'edit_shape';
    if (picking && before.current === null && sheet !== 'collapsed') {
      before.current = sheet;
      setSheet('collapsed');
    } else if (!picking && before.current !== null) {
      setSheet(before.current);
      before.current = null;
    }
  }, [tool, phone]);
}
