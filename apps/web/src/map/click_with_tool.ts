import { booleanPointInPolygon } from '@turf/turf';
import { showIsochronesOf } from '../planner/plan_edits.ts';
import type { Selection } from '../selection.ts';
import type { AppState } from '../store/app_store.ts';
import { featuresOf } from '../store/data_slice.ts';
import type { OverlayHits } from './map_adapter.ts';
import { pickRoad } from './pick_road.ts';

/**
 * True on the kabupaten's land (or before it is loaded): a candidate at sea or outside the kabupaten would only
 * reach the roads by a long walk and is not a site anyone can build.
 */
export function onLand(s: AppState, lngLat: [number, number]): boolean {
  const k = s.datasets.kabupaten;
  if (k.status !== 'ready') return true;
  return k.features.some((f) => booleanPointInPolygon(lngLat, f.geometry));
}

/**
 * A map click, by the active tool: place a candidate or pick it for isochrones, hand the point to the location
 * input that asked for it (once), close a road or reopen it, or select what is under the pointer.
 */
export function clickWithTool(
  s: AppState,
  hits: Selection[],
  lngLat: [number, number],
  overlay: OverlayHits,
): void {
  switch (s.tool) {
    case 'add_candidate':
      if (overlay.candidateId !== null) s.transact('isochroneOf', showIsochronesOf(overlay.candidateId));
      else if (onLand(s, lngLat)) s.addCandidate(lngLat);
      return;
    case 'incident': {
      // One click places, then the map is back to selecting; without a waiting input it places nothing.
      const target = s.placeTarget;
      s.setTool('select');
      target?.(lngLat);
      return;
    }
    case 'closure': {
      if (overlay.closureId !== null) {
        s.removeClosure(overlay.closureId);
        return;
      }
      // Picked by screen distance, placed on the road itself: the engine closes roads within 25 m of the point.
      const road = pickRoad(featuresOf(s.datasets, 'roads'), overlay.roadIds, lngLat);
      if (road === null) s.setClosureMiss(true);
      else s.addClosure(road.position, road.name);
      return;
    }
    case 'edit_shape':
      // A click on a corner is the end of a drag or a miss for it, never a new corner on top of it.
      if (overlay.vertexIndex === null) s.shapeClick(lngLat);
      return;
    case 'select': {
      if (s.panel === 'planner') {
        if (overlay.candidateId !== null) {
          s.transact('isochroneOf', showIsochronesOf(overlay.candidateId));
          return;
        }
        const post = hits.find((h) => h.kind === 'post');
        if (post) s.transact('isochroneOf', showIsochronesOf(post.id));
      }
      s.selectAt(hits);
      return;
    }
    default:
      s.tool satisfies never;
  }
}

/**
 * A candidate dragged on the map: it follows the pointer over land as a transient preview (the map and the
 * engine see it), and the release writes the plan once, so a whole drag is one undo step.
 */
export function dragCandidate(s: AppState, id: string, lngLat: [number, number], done: boolean): void {
  if (onLand(s, lngLat)) s.dragCandidate(id, lngLat);
  if (done) s.endCandidateDrag();
}

/**
 * A stored post dragged in the open scenario: the same transient preview as a candidate, one "move post" step
 * on release; the stored post itself does not change.
 */
export function dragPost(s: AppState, id: string, lngLat: [number, number], done: boolean): void {
  if (s.openScenario === null || !s.movingPosts) return;
  if (onLand(s, lngLat)) s.dragPost(id, lngLat);
  if (done) s.endPostDrag();
}
