import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The version of @siaga/api, read from its package.json so health and the OpenAPI document agree with it. */
export const apiVersion: string = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))).version;
