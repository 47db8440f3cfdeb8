import type { Position } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import type { EditingSlice } from './editing_slice.ts';
import type { UiSlice } from './ui_slice.ts';

/** Which sidebar the user works in: the map, the planner, the dispatcher, the change history, the report, or imports. */
export const PANELS = ['map', 'planner', 'dispatch', 'audit', 'report', 'imports'] as const;
export type Panel = (typeof PANELS)[number];

/** What a click on the map does. */
export type MapTool = 'select' | 'add_candidate' | 'incident' | 'closure' | 'edit_shape';

/** Who receives the next map click while the `incident` tool is on: the location input that asked for it. */
export type PlaceTarget = (position: Position) => void;

export interface WorkspaceSlice {
  panel: Panel;
  tool: MapTool;
  /** Set only while the `incident` tool is on; the one click it takes goes here, then the tool is off. */
  placeTarget: PlaceTarget | null;
  setPanel(panel: Panel): void;
  setTool(tool: MapTool): void;
  /** Turns the `incident` tool on for one click, which goes to `target`. */
  startPlacing(target: PlaceTarget): void;
}

/**
 * The tool a panel starts with. Every panel starts on `select`: placing the incident is an explicit step
 * (`startPlacing`), so a stray click never moves it.
 */
const defaultTool: Record<Panel, MapTool> = {
  map: 'select',
  planner: 'select',
  dispatch: 'select',
  audit: 'select',
  report: 'select',
  imports: 'select',
};

/** A feature's details card (or its open form) belongs to the tab it was opened in: changing tabs closes it. */
export const createWorkspaceSlice: StateCreator<
  WorkspaceSlice & Pick<UiSlice, 'selection' | 'pointHits'> & Pick<EditingSlice, 'editTarget' | 'shape'>,
  [],
  [],
  WorkspaceSlice
> = (set) => ({
  panel: 'map',
  tool: 'select',
  placeTarget: null,
  setPanel: (panel) =>
    set((s) =>
      s.panel === panel
        ? s
        : {
            panel,
            tool: defaultTool[panel],
            placeTarget: null,
            selection: null,
            pointHits: [],
            editTarget: null,
            shape: null,
          },
    ),
  setTool: (tool) => set({ tool, placeTarget: null }),
  startPlacing: (placeTarget) => set({ tool: 'incident', placeTarget }),
});
