import { SiagaError } from '@siaga/schema';

export const scenarioNotFound = (id: string): SiagaError =>
  new SiagaError('not_found', `No scenario with id ${id}`);
