import type { StateCreator } from 'zustand';

/** Which sidebar the user works in: the map itself, the planner, the dispatcher, the change history, or the report. */
export const PANELS = ['map', 'planner', 'dispatch', 'audit', 'report'] as const;
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
  report: 'select',
};

export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set) => ({
  panel: 'map',
  tool: 'select',
  setPanel: (panel) => set((s) => (s.panel === panel ? s : { panel, tool: defaultTool[panel] })),
  setTool: (tool) => set({ tool }),
});
