/** Map sources of the planner and dispatcher overlays; their data come from `overlay_data.ts`. */
export const OVERLAY_SOURCE_IDS = [
  'gaps',
  'isochrones',
  'routes',
  'candidates',
  'switchedOff',
  'movedPosts',
  'sites',
  'prepositioning',
  'incident',
  'closures',
  'edit',
] as const;
export type OverlaySourceId = (typeof OVERLAY_SOURCE_IDS)[number];
