import { ensurePgliteTemplate, ensureServerTemplate } from './template.ts';

/** Vitest globalSetup: builds the migrated template once per run, before any test file asks for it. */
export default async function setup(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) await ensureServerTemplate(url);
  else await ensurePgliteTemplate();
}
