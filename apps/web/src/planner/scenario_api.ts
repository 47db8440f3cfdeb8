import { Scenario, ScenarioList, type ScenarioPatch, ScenarioPromoted } from '@siaga/schema';
import type { ApiClient } from '../api/api_client.ts';

const base = '/api/scenarios';

/** The saved-scenario calls of the planner panel, each validated with the shared schema. */
export const scenarioApi = {
  list: async (api: ApiClient) => (await api.read(base, ScenarioList)).value.scenarios,
  get: async (api: ApiClient, id: string) => (await api.read(`${base}/${id}`, Scenario)).value,
  create: async (api: ApiClient, body: { name: string; document: Scenario['document'] }) =>
    required((await api.write('POST', base, { body }, Scenario)).value),
  update: async (api: ApiClient, id: string, version: number, body: ScenarioPatch) =>
    required((await api.write('PATCH', `${base}/${id}`, { body, ifMatch: version }, Scenario)).value),
  duplicate: async (api: ApiClient, id: string) =>
    required((await api.write('POST', `${base}/${id}/duplicate`, { body: {} }, Scenario)).value),
  remove: async (api: ApiClient, id: string, version: number) => {
    await api.write('DELETE', `${base}/${id}`, { ifMatch: version });
  },
  promote: async (api: ApiClient, id: string, version: number, candidateId: string) =>
    required(
      (
        await api.write(
          'POST',
          `${base}/${id}/promote`,
          { body: { candidateId }, ifMatch: version },
          ScenarioPromoted,
        )
      ).value,
    ),
  exportUrl: (id: string, format: 'geojson' | 'csv') => `${base}/${id}/export.${format}`,
};

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the API answered no scenario');
  return value;
}
