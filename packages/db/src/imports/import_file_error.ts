import { SiagaError } from '@siaga/schema';

/** The whole file is unusable (empty, unreadable, wrong CRS, …): nothing of it can be taken. */
export class ImportFileError extends SiagaError {
  constructor(message: string) {
    super('validation_failed', message);
  }
}
