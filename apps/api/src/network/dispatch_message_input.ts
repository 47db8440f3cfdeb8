import { adminAreas, assignments, caches, posts, roadClosures, type SiagaDb, units } from '@siaga/db';
import type { DispatchMessageInput } from '@siaga/i18n';
import { type Assignment, type IncidentFeature, positionsOf, type RoadClosureFeature } from '@siaga/schema';
import { dispatchRoute, mainRoads } from './dispatch_routes.ts';
import type { NetworkService } from './network_service.ts';

/** A closure this close to the incident is worth naming in its message, tied to it or not. */
const NEARBY_CLOSURE_M = 10_000;

function metresBetween(
  [lon1 = 0, lat1 = 0]: readonly number[],
  [lon2 = 0, lat2 = 0]: readonly number[],
): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

function nearby(closure: RoadClosureFeature, incident: IncidentFeature): boolean {
  if (closure.properties.incidentId === incident.properties.id) return true;
  const at = incident.geometry.coordinates;
  for (const p of positionsOf(closure.geometry.coordinates))
    if (metresBetween(p, at) <= NEARBY_CLOSURE_M) return true;
  return false;
}

async function legOf(db: SiagaDb, network: NetworkService, incident: IncidentFeature, a: Assignment) {
  const route = await dispatchRoute(
    db,
    network,
    incident,
    a.unitId ? { unitId: a.unitId } : { cacheId: a.cacheId ?? '' },
  );
  return {
    etaSeconds: a.etaSeconds ?? route?.etaSeconds ?? null,
    departAt: a.dispatchedAt,
    roads: route ? mainRoads(route.steps) : [],
  };
}

/**
 * Everything the dispatch message says about a stored incident: its place names, its open (not cleared)
 * assignments with their posts or caches, modelled arrival and main roads, and the active closures tied to it or
 * within 10 km.
 */
export async function dispatchMessageInput(
  db: SiagaDb,
  network: NetworkService,
  incident: IncidentFeature,
): Promise<DispatchMessageInput> {
  const p = incident.properties;
  const [desa, kecamatan, sent, allPosts, closures, kabupaten] = await Promise.all([
    p.desaCode ? adminAreas.get(db, p.desaCode) : null,
    p.kecamatanCode ? adminAreas.get(db, p.kecamatanCode) : null,
    assignments.list(db, p.id),
    posts.list(db),
    roadClosures.list(db, {}),
    adminAreas.list(db, { level: 'kabupaten', withGeometry: false }),
  ]);
  const postName = new Map(allPosts.map((post) => [post.properties.id, post.properties.name]));
  const open = sent.filter((a) => a.status !== 'cleared');
  const out: DispatchMessageInput = {
    incident: {
      ...p,
      lon: incident.geometry.coordinates[0],
      lat: incident.geometry.coordinates[1],
      desaName: desa?.properties.name ?? null,
      kecamatanName: kecamatan?.properties.name ?? null,
    },
    units: [],
    items: [],
    closures: closures
      .filter((c) => nearby(c, incident))
      .map((c) => ({ roadName: c.properties.roadName, reason: c.properties.reason })),
    areaNames: kabupaten.map((k) => k.properties.name),
  };
  for (const a of open) {
    const leg = await legOf(db, network, incident, a);
    if (a.unitId) {
      const unit = await units.get(db, a.unitId);
      if (unit)
        out.units.push({
          ...leg,
          callSign: unit.callSign,
          unitType: unit.unitType,
          postName: postName.get(unit.postId) ?? '',
        });
    } else if (a.cacheId && a.itemType && a.quantity) {
      const cache = await caches.get(db, a.cacheId);
      out.items.push({
        ...leg,
        itemType: a.itemType,
        quantity: a.quantity,
        cacheName: cache?.properties.name ?? '',
      });
    }
  }
  return out;
}
