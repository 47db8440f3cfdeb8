import {
  Assignment,
  type AssignmentCreate,
  AssignmentList,
  type AssignmentStatus,
  IncidentEvent,
  IncidentEventList,
  IncidentFeature,
  type IncidentPatch,
  type IncidentStatus,
  RoadClosureCollection,
  UnitList,
} from '@siaga/schema';
import type { z } from 'zod';
import type { ApiClient } from '../../api/api_client.ts';
import { type DatasetFeatures, type DatasetId, datasetPath, datasetSchema } from '../../datasets.ts';
import type { AppStore } from '../../store/app_store.ts';

/** The incident routes of the API, for the dispatcher's desk. Every write goes through the one ApiClient. */

const incidentPath = (id: string) => `/api/incidents/${encodeURIComponent(id)}`;

async function created<S extends z.ZodType>(
  api: ApiClient,
  path: string,
  body: unknown,
  schema: S,
): Promise<z.output<S>> {
  const { value } = await api.write('POST', path, { body }, schema);
  if (value === undefined) throw new Error(`${path}: empty answer`);
  return value;
}

export function createIncident(api: ApiClient, body: unknown): Promise<IncidentFeature> {
  return created(api, '/api/incidents', body, IncidentFeature);
}

export async function patchIncident(
  api: ApiClient,
  id: string,
  patch: IncidentPatch,
  version: number,
): Promise<IncidentFeature | undefined> {
  return (await api.write('PATCH', incidentPath(id), { body: patch, ifMatch: version }, IncidentFeature))
    .value;
}

export function moveIncident(api: ApiClient, id: string, status: IncidentStatus, version: number) {
  return patchIncident(api, id, { properties: { status } }, version);
}

export async function listAssignments(api: ApiClient, id: string, signal?: AbortSignal) {
  return (await api.read(`${incidentPath(id)}/assignments`, AssignmentList, signal)).value.assignments;
}

export function assign(api: ApiClient, id: string, body: AssignmentCreate): Promise<Assignment> {
  return created(api, `${incidentPath(id)}/assignments`, body, Assignment);
}

export async function moveAssignment(api: ApiClient, a: Assignment, status: AssignmentStatus) {
  const path = `${incidentPath(a.incidentId)}/assignments/${encodeURIComponent(a.id)}`;
  return (await api.write('PATCH', path, { body: { status }, ifMatch: a.version }, Assignment)).value;
}

export async function listEvents(api: ApiClient, id: string, signal?: AbortSignal) {
  return (await api.read(`${incidentPath(id)}/events`, IncidentEventList, signal)).value.events;
}

export function addNote(api: ApiClient, id: string, note: string): Promise<IncidentEvent> {
  return created(api, `${incidentPath(id)}/events`, { kind: 'note', note }, IncidentEvent);
}

/** The closures tied to an incident, expired ones too (the timeline names them all). */
export async function listClosures(api: ApiClient, incidentId: string, signal?: AbortSignal) {
  const q = `incidentId=${encodeURIComponent(incidentId)}&includeExpired=true`;
  return (await api.read(`/api/closures?${q}`, RoadClosureCollection, signal)).value.features;
}

export async function listUnits(api: ApiClient, signal?: AbortSignal) {
  return (await api.read('/api/units', UnitList, signal)).value.units;
}

/**
 * Puts an incident the API just answered into the incidents dataset at once (replacing its older version), so
 * the desk and the map show it without waiting for the list to be read again.
 */
export function keepIncident(store: AppStore, f: IncidentFeature): void {
  const state = store.getState().datasets.incidents;
  if (state.status !== 'ready') return;
  const others = state.features.filter((x) => x.properties.id !== f.properties.id);
  store.getState().setLoaded('incidents', [...others, f]);
}

/** Reads one map dataset again after a write changed it (the new incident, a cache's stock). */
export async function reloadDataset<K extends DatasetId>(store: AppStore, api: ApiClient, dataset: K) {
  const { value } = await api.read(datasetPath[dataset], datasetSchema[dataset]);
  // The schema of `dataset` gives exactly its features; TypeScript cannot follow the key through both maps.
  store.getState().setLoaded(dataset, value.features as DatasetFeatures[K]);
}
