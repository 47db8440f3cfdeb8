import type { Page } from 'playwright-core';
import { openApp, showPlanner, signIn, type TestUser } from './browser_harness.ts';
import type { OfflineSession } from './offline_session.ts';

export const PLANNER: TestUser = { name: 'perencana', role: 'planner', password: 'kata-sandi-perencana-1' };

/**
 * A new page of `session` (started with PLANNER) of the given size, signed in as PLANNER unless `signedIn` is
 * false, on the planner tab with its coverage figures ready.
 */
export async function plannerPage(
  session: OfflineSession,
  viewport: { width: number; height: number },
  signedIn = true,
): Promise<Page> {
  const page = await session.newPage(viewport);
  await openApp(page, session.url);
  if (signedIn) await signIn(page, PLANNER);
  await showPlanner(page);
  return page;
}
