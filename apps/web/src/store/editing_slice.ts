import type { Position } from '@siaga/schema';
import type { StateCreator } from 'zustand';
import { clickShape, dragShape, type EditShape } from '../editing/shape_edits.ts';
import type { WorkspaceSlice } from './workspace_slice.ts';

/** The record a form edits: an existing one by id, or a new one (id null). */
export interface EditTarget {
  kind: 'post' | 'cache' | 'hazardZone';
  id: string | null;
}

export interface EditingSlice {
  /** The open form (shown in place of the details card), or null. */
  editTarget: EditTarget | null;
  /** The geometry being moved or drawn: while set, map clicks and drags go to it (tool `edit_shape`). */
  shape: EditShape | null;
  openEditor(target: EditTarget): void;
  closeEditor(): void;
  /** Starts (or, with null, ends) moving or drawing; ending drops the unsaved shape. */
  setShape(shape: EditShape | null): void;
  shapeClick(at: Position): void;
  shapeDrag(index: number, at: Position): void;
}

export const createEditingSlice: StateCreator<
  EditingSlice & Pick<WorkspaceSlice, 'tool' | 'placeTarget'>,
  [],
  [],
  EditingSlice
> = (set) => ({
  editTarget: null,
  shape: null,
  openEditor: (editTarget) => set({ editTarget, shape: null, tool: 'select', placeTarget: null }),
  closeEditor: () => set({ editTarget: null, shape: null, tool: 'select' }),
  setShape: (shape) => set({ shape, tool: shape === null ? 'select' : 'edit_shape', placeTarget: null }),
  shapeClick: (at) => set((s) => (s.shape === null ? s : { shape: clickShape(s.shape, at) })),
  shapeDrag: (index, at) => set((s) => (s.shape === null ? s : { shape: dragShape(s.shape, index, at) })),
});
