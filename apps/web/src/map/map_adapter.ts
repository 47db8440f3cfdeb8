import {
  AttributionControl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  Map as MaplibreMap,
  type MapMouseEvent,
  NavigationControl,
  type PointLike,
  ScaleControl,
  type StyleSpecification,
} from 'maplibre-gl';
import type { DatasetFeatures, DatasetId } from '../datasets.ts';
import type { Selection } from '../selection.ts';
import type { MapBounds } from './bounds.ts';
import { desaFocusData, touchesDesa } from './desa_focus.ts';
import { DragMarker } from './drag_marker.ts';
import { SYMBOL_SIZE } from './draw_symbol.ts';
import { latestPerFrame } from './frame_throttle.ts';
import { rankHits, sameSelection, sourceOfSelection } from './interaction.ts';
import { spaceKecamatanNames } from './kecamatan_names.ts';
import { INTERACTIVE_LAYERS } from './layers/point_layers.ts';
import { depsChanged, type OverlayInput } from './overlay_data.ts';
import { DRAG_OVERLAY_INTERVAL_MS, delayBeforeSend, HEAVY_OVERLAYS } from './overlay_pacing.ts';
import type { OverlaySourceId } from './overlay_sources.ts';
import { coverPadding, type RouteView } from './route_view.ts';
import { changedDatasets, type SourceCollection, type SourceId, sourceDataOf } from './source_data.ts';
import { type LayerVisibility, layerVisibility } from './style.ts';
import { type SymbolDrawer, symbolImages } from './symbol_images.ts';

/** Markers the user placed that sit under a click, so a tool can act on them instead of adding another. */
export interface OverlayHits {
  candidateId: string | null;
  closureId: string | null;
  /** Roads drawn within ROAD_PICK_PX of the click, nearest rendered first: where a closure goes. */
  roadIds: string[];
  /** The corner of the shape being edited under the click (index), if any. */
  vertexIndex: number | null;
}

/** How near on screen (pixels) a click must be to a drawn road to pick it, whatever the zoom. */
export const ROAD_PICK_PX = 8;
const ROAD_LAYERS = ['roads-fill', 'roads-casing', 'roads-track'];

export interface MapAdapterOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** Everything under the clicked point, most specific first (empty for a click on nothing), and where it was. */
  onClick(hits: Selection[], lngLat: [number, number], overlay: OverlayHits): void;
  /** A candidate dragged to a new place; called on every move, then once more on release with `done`. */
  onCandidateDrag(id: string, lngLat: [number, number], done: boolean): void;
  /** A stored post dragged in the open scenario, like a candidate. */
  onPostDrag(id: string, lngLat: [number, number], done: boolean): void;
  /** A corner of the shape being edited (its index; 0 for a point) dragged, like a candidate. */
  onVertexDrag(index: number, lngLat: [number, number], done: boolean): void;
  onError(message: string): void;
  /** The data credit shown in the map's corner (OpenStreetMap's ODbL requires it). */
  attribution: string;
}

/** A user-timing measure per position handed to the store during a drag (read by the browser test). */
export const CANDIDATE_MOVE_MEASURE = 'siaga:candidate-move';

const lonLatOf = (e: { lngLat: { lng: number; lat: number } }): [number, number] => [
  e.lngLat.lng,
  e.lngLat.lat,
];

const PIXEL_RATIO = 2;

function rasterize(draw: SymbolDrawer): ImageData | null {
  const size = SYMBOL_SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  draw(ctx, PIXEL_RATIO);
  return ctx.getImageData(0, 0, size, size);
}

/**
 * The one owner of the MapLibre map. React gives it state; it turns state into the fewest map calls:
 * `setData` only for datasets whose arrays changed, layout changes only where visibility differs, and
 * feature-state for hover and selection.
 */
export class MapAdapter {
  readonly map: MaplibreMap;
  private readonly images = symbolImages();
  private syncedFeatures: Partial<Record<DatasetId, unknown>> = {};
  private syncedVisibility: LayerVisibility | null = null;
  private syncedOverlays: Partial<Record<OverlaySourceId, readonly unknown[]>> = {};
  private overlaySentAt: Partial<Record<OverlaySourceId, number>> = {};
  private heldOverlays: Record<OverlaySourceId, OverlayInput> | null = null;
  private heldTimer: number | null = null;
  private dragging: string | null = null;
  private desa: DatasetFeatures['desa'] = [];
  /** The kecamatan names as last sent to the map, kept apart per zoom (kecamatan_names.ts). */
  private kecamatanNames: SourceCollection | null = null;
  /** A drag ends with a click event at the release point; it must not also place a marker. */
  private suppressClick = false;
  private hovered: Selection | null = null;
  private selected: Selection | null = null;
  private loaded = false;
  private fittedKey: string | null = null;
  private areaKey: string | null = null;
  private pending: {
    datasets?: DatasetFeatures;
    overlays?: Record<OverlaySourceId, OverlayInput>;
    visibility?: LayerVisibility;
    selection?: Selection | null;
    view?: RouteView | null;
    area?: MapBounds | null;
  } = {};

  constructor(private readonly options: MapAdapterOptions) {
    this.map = new MaplibreMap({
      container: options.container,
      style: options.style,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // Labels appear at once instead of fading in over 300 ms: each fade costs several more map frames.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    this.map.addControl(
      new AttributionControl({ compact: false, customAttribution: options.attribution }),
      'bottom-right',
    );
    this.map.on('styleimagemissing', (e) => this.addSymbol(e.id));
    this.map.on('load', () => {
      for (const id of this.images.keys()) this.addSymbol(id);
      this.loaded = true;
      this.flush();
    });
    this.map.on('error', (e) => options.onError(e.error?.message ?? String(e)));
    for (const event of ['zoomend', 'resize'] as const) {
      this.map.on(event, () => this.spaceNames());
    }
    this.map.on('mousemove', (e) => {
      if (this.dragging === null) this.hover(this.hitsAt(e.point)[0] ?? null);
    });
    this.map.on('mouseout', () => this.hover(null));
    this.map.on('click', (e) => this.click(e));
    // A click comes only when the pointer barely moved since mousedown; a new press clears any stale flag.
    this.map.on('mousedown', () => {
      this.suppressClick = false;
    });
    this.map.on('mousedown', 'candidates-circle', (e) =>
      this.startDrag(e, 'candidates', (id, lngLat, done) => options.onCandidateDrag(id, lngLat, done)),
    );
    this.map.on('mousedown', 'movedPosts-handle', (e) =>
      this.startDrag(e, 'movedPosts', (id, lngLat, done) => options.onPostDrag(id, lngLat, done)),
    );
    this.map.on('mousedown', 'edit-vertices', (e) =>
      this.startVertexDrag(e, (id, lngLat, done) => options.onVertexDrag(Number(id), lngLat, done)),
    );
    for (const layer of ['candidates-circle', 'movedPosts-handle', 'edit-vertices']) {
      this.map.on('mouseenter', layer, () => {
        if (this.dragging === null) this.map.getCanvas().style.cursor = 'grab';
      });
      this.map.on('mouseleave', layer, () => {
        if (this.dragging === null) this.map.getCanvas().style.cursor = '';
      });
    }
  }

  /**
   * Planner and dispatcher overlays: each source is rebuilt and re-sent only when its inputs changed; while a
   * candidate is dragged the heavy ones wait out their interval (overlay_pacing.ts), then follow.
   */
  setOverlays(overlays: Record<OverlaySourceId, OverlayInput>): void {
    if (!this.loaded) {
      this.pending.overlays = overlays;
      return;
    }
    // A pending timer replays the newest overlays, never older ones than those already sent.
    if (this.heldTimer !== null) this.heldOverlays = overlays;
    const now = performance.now();
    for (const [id, input] of Object.entries(overlays) as Array<[OverlaySourceId, OverlayInput]>) {
      if (!depsChanged(this.syncedOverlays[id], input.deps)) continue;
      const paced = this.dragging !== null && HEAVY_OVERLAYS.has(id);
      const wait = paced ? delayBeforeSend(this.overlaySentAt[id], now, DRAG_OVERLAY_INTERVAL_MS) : 0;
      if (wait > 0) {
        this.setOverlaysLater(overlays, wait);
        continue;
      }
      this.map.getSource<GeoJSONSource>(id)?.setData(input.build());
      this.syncedOverlays[id] = input.deps;
      this.overlaySentAt[id] = now;
    }
  }

  /** One timer at a time; it re-runs the latest overlays given, so a held source gets its newest data. */
  private setOverlaysLater(overlays: Record<OverlaySourceId, OverlayInput>, wait: number): void {
    this.heldOverlays = overlays;
    if (this.heldTimer !== null) return;
    this.heldTimer = window.setTimeout(() => {
      this.heldTimer = null;
      const held = this.heldOverlays;
      this.heldOverlays = null;
      if (held) this.setOverlays(held);
    }, wait);
  }

  private click(e: MapMouseEvent): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    this.options.onClick(this.hitsAt(e.point), lonLatOf(e), this.overlayHitsAt(e));
  }

  private overlayHitsAt(e: MapMouseEvent): OverlayHits {
    const near = (layers: string[], px: number) => {
      const present = layers.filter((l) => this.loaded && this.map.getLayer(l));
      if (present.length === 0) return [];
      const box: [PointLike, PointLike] = [
        [e.point.x - px, e.point.y - px],
        [e.point.x + px, e.point.y + px],
      ];
      return this.map.queryRenderedFeatures(box, { layers: present });
    };
    const first = (layer: string): string | null => {
      const f = near([layer], 6)[0];
      return f ? String(f.properties.id) : null;
    };
    const roadIds = [...new Set(near(ROAD_LAYERS, ROAD_PICK_PX).map((f) => String(f.properties.id ?? f.id)))];
    const closureId = first('closures-circle') ?? first('closures-line');
    const vertex = first('edit-vertices');
    const vertexIndex = vertex === null ? null : Number(vertex);
    return { candidateId: first('candidates-circle'), closureId, roadIds, vertexIndex };
  }

  /**
   * A candidate (or a post moved in a scenario) follows the pointer as a DOM marker (no map frame per move) while
   * the store hears the latest position once a frame; the release point is where it drops. The marker stays
   * until the map has drawn the point there.
   */
  private startDrag(
    e: MapLayerMouseEvent,
    source: 'candidates' | 'movedPosts',
    onDrag: (id: string, lngLat: [number, number], done: boolean) => void,
  ): void {
    const id = e.features?.[0]?.properties.id;
    if (typeof id !== 'string') return;
    // Keeps the map from panning while the candidate moves.
    e.preventDefault();
    this.dragging = id;
    let last: [number, number] | null = null;
    const canvas = this.map.getCanvas();
    canvas.style.cursor = 'grabbing';
    const label = e.features?.[0]?.properties.label;
    const marker = new DragMarker(
      this.map.getCanvasContainer(),
      typeof label === 'string' ? label : id,
      e.point,
    );
    this.setDragState(source, id, { dragging: true });
    const report = latestPerFrame((lngLat: [number, number]) => {
      const start = performance.now();
      onDrag(id, lngLat, false);
      // Queued after React's render of the store change, so the measure spans the app's whole answer to a move.
      queueMicrotask(() => performance.measure(CANDIDATE_MOVE_MEASURE, { start }));
    });
    const move = (m: MapMouseEvent) => {
      marker.moveTo(m.point);
      last = lonLatOf(m);
      report.push(last);
    };
    const up = (u: MouseEvent) => {
      document.removeEventListener('mouseup', up);
      this.map.off('mousemove', move);
      report.cancel();
      this.dragging = null;
      canvas.style.cursor = '';
      const released = this.releasePoint(u);
      const drop = released ? lonLatOf({ lngLat: this.map.unproject(released) }) : last;
      if (released && last !== null) marker.moveTo({ x: released[0], y: released[1] });
      if (drop !== null && last !== null) {
        this.suppressClick = true;
        onDrag(id, drop, true);
      }
      this.map.once('idle', () => {
        marker.remove();
        if (this.dragging !== id) this.setDragState(source, id, { dragging: false });
      });
      this.map.triggerRepaint();
    };
    this.map.on('mousemove', move);
    // On the document: a release over the side panel still ends the drag (at the last point over the map).
    document.addEventListener('mouseup', up);
  }

  /** A shape's corner follows the pointer through the store (small source: one frame per move is cheap). */
  private startVertexDrag(
    e: MapLayerMouseEvent,
    onDrag: (id: string, lngLat: [number, number], done: boolean) => void,
  ): void {
    const id = e.features?.[0]?.properties.id;
    if (typeof id !== 'string') return;
    // Keeps the map from panning while the corner moves.
    e.preventDefault();
    this.dragging = id;
    let moved = false;
    const canvas = this.map.getCanvas();
    canvas.style.cursor = 'grabbing';
    const move = (m: MapMouseEvent) => {
      moved = true;
      onDrag(id, lonLatOf(m), false);
    };
    this.map.on('mousemove', move);
    this.map.once('mouseup', (u) => {
      this.map.off('mousemove', move);
      this.dragging = null;
      canvas.style.cursor = '';
      if (moved) {
        this.suppressClick = true;
        onDrag(id, lonLatOf(u), true);
      }
    });
  }

  /** The release point in the map's pixels, or null when the pointer was released outside the map. */
  private releasePoint(u: MouseEvent): [number, number] | null {
    const r = this.map.getCanvas().getBoundingClientRect();
    const x = u.clientX - r.left;
    const y = u.clientY - r.top;
    return x >= 0 && y >= 0 && x <= r.width && y <= r.height ? [x, y] : null;
  }

  private setDragState(
    source: 'candidates' | 'movedPosts',
    id: string,
    state: Record<string, boolean>,
  ): void {
    this.map.setFeatureState({ source, id }, state);
  }

  /**
   * Flies to a dispatcher's incident and its routes once per incident (the view's key), clear of the panel,
   * bottom sheet or card lying over the map (`.sidebar` and anything marked `data-map-cover`).
   */
  fitView(view: RouteView | null): void {
    if (!this.loaded) {
      this.pending.view = view;
      return;
    }
    if (view === null || view.key === this.fittedKey) return;
    this.fittedKey = view.key;
    const box = (el: Element) => el.getBoundingClientRect();
    const covers = [...document.querySelectorAll('.sidebar, [data-map-cover]')].map(box);
    const padding = coverPadding(box(this.map.getContainer()), covers);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.map.fitBounds(view.bounds, { padding, maxZoom: 16, duration: reduce ? 0 : 700 });
  }

  /**
   * Shows the stored study area (the kabupaten, else the roads) and limits panning around it, once per area: a
   * reload of the same data leaves the user's view alone.
   */
  fitStudyArea(bounds: MapBounds | null): void {
    if (!this.loaded) {
      this.pending.area = bounds;
      return;
    }
    if (bounds === null || bounds.key === this.areaKey) return;
    this.areaKey = bounds.key;
    this.map.setMaxBounds(null);
    this.map.fitBounds(bounds.view, { padding: 24, animate: false });
    this.map.setMaxBounds(bounds.max);
  }

  setDatasets(datasets: DatasetFeatures): void {
    if (!this.loaded) {
      this.pending.datasets = datasets;
      return;
    }
    if (datasets.desa !== this.syncedFeatures.desa) {
      this.desa = datasets.desa;
      this.syncDesaFocus();
    }
    for (const dataset of changedDatasets(this.syncedFeatures, datasets)) {
      const collections = sourceDataOf(dataset, datasets[dataset]);
      for (const [sourceId, data] of Object.entries(collections) as Array<[SourceId, SourceCollection]>) {
        this.map.getSource<GeoJSONSource>(sourceId)?.setData(data);
        if (sourceId === 'kecamatan-labels') {
          this.kecamatanNames = data;
          this.spaceNames();
        }
      }
      this.syncedFeatures[dataset] = datasets[dataset];
    }
  }

  private spaceNames(): void {
    if (this.loaded && this.kecamatanNames) spaceKecamatanNames(this.map, this.kecamatanNames);
  }

  setVisibility(visibility: LayerVisibility): void {
    if (!this.loaded) {
      this.pending.visibility = visibility;
      return;
    }
    if (visibility === this.syncedVisibility) return;
    this.syncedVisibility = visibility;
    const wanted = layerVisibility(this.options.style.layers, visibility);
    for (const [layerId, v] of Object.entries(wanted)) {
      if (this.map.getLayer(layerId) && this.map.getLayoutProperty(layerId, 'visibility') !== v) {
        this.map.setLayoutProperty(layerId, 'visibility', v);
      }
    }
    if (this.hovered && !this.map.getCanvas().matches(':hover')) this.hover(null);
  }

  setSelection(selection: Selection | null): void {
    if (!this.loaded) {
      this.pending.selection = selection;
      return;
    }
    if (sameSelection(selection, this.selected)) return;
    this.setState(this.selected, { selected: false });
    this.setState(selection, { selected: true });
    const desaChanged = touchesDesa(this.selected, selection);
    this.selected = selection;
    if (desaChanged) this.syncDesaFocus();
  }

  remove(): void {
    if (this.heldTimer !== null) window.clearTimeout(this.heldTimer);
    this.map.remove();
  }

  private flush(): void {
    const { datasets, overlays, visibility, selection, view, area } = this.pending;
    this.pending = {};
    if (visibility) this.setVisibility(visibility);
    if (datasets) this.setDatasets(datasets);
    if (overlays) this.setOverlays(overlays);
    if (selection !== undefined) this.setSelection(selection);
    if (area !== undefined) this.fitStudyArea(area);
    if (view !== undefined) this.fitView(view);
  }

  private hitsAt(point: PointLike): Selection[] {
    if (!this.loaded) return [];
    const layers = INTERACTIVE_LAYERS.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    if (layers.length === 0) return [];
    const hits = this.map
      .queryRenderedFeatures(point, { layers: [...layers] })
      .map((f) => ({ layerId: f.layer.id, id: f.id, areaKm2: f.properties.areaKm2 }));
    return rankHits(hits, INTERACTIVE_LAYERS);
  }

  private hover(next: Selection | null): void {
    if (this.dragging !== null || sameSelection(next, this.hovered)) return;
    this.setState(this.hovered, { hover: false });
    this.setState(next, { hover: true });
    const desaChanged = touchesDesa(this.hovered, next);
    this.hovered = next;
    if (desaChanged) this.syncDesaFocus();
    this.map.getCanvas().style.cursor = next ? 'pointer' : '';
  }

  private syncDesaFocus(): void {
    this.map
      .getSource<GeoJSONSource>('desa-focus')
      ?.setData(desaFocusData(this.desa, this.hovered, this.selected));
  }

  private setState(target: Selection | null, state: Record<string, boolean>): void {
    if (!target) return;
    this.map.setFeatureState({ source: sourceOfSelection[target.kind], id: target.id }, state);
  }

  private addSymbol(id: string): void {
    const draw = this.images.get(id);
    if (!draw || this.map.hasImage(id)) return;
    const image = rasterize(draw);
    if (image) this.map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
  }
}
