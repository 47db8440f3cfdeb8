import type { StateCreator } from 'zustand';
import type { UiSlice } from './ui_slice.ts';

/** Which sidebar the user works in: the map itself, the planner, the dispatcher, or the change history. */
export const PANELS = ['map', 'planner', 'dispatch', 'audit'] as const;
export type Panel = (typeof PANELS)[number];

/** What a click on the map does. */
export type MapTool = 'select' | 'add_candidate' | 'incident' | 'closure';

export interface WorkspaceSlice {
  panel: Panel;
  tool: MapTool;
  setPanel(panel: Panel): void;
  setTool(tool: MapTool): void;
}

/** The tool a panel starts with: the dispatcher's first click places the incident. */
const defaultTool: Record<Panel, MapTool> = {
  map: 'select',
  planner: 'select',
  dispatch: 'incident',
  audit: 'select',
};

/** A feature's details card belongs to the tab it was opened in: changing tabs closes it. */
export const createWorkspaceSlice: StateCreator<
  WorkspaceSlice & Pick<UiSlice, 'selection' | 'pointHits'>,
  [],
  [],
  WorkspaceSlice
> = (set) => ({
  panel: 'map',
  tool: 'select',
  setPanel: (panel) =>
    set((s) => (s.panel === panel ? s : { panel, tool: defaultTool[panel], selection: null, pointHits: [] })),
  setTool: (tool) => set({ tool }),
});
