import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  type Harness,
  offlineContext,
  openApp,
  showPlanner,
  signIn,
  startHarness,
  type TestUser,
} from './browser_harness.ts';

export const PLANNER: TestUser = { name: 'perencana', role: 'planner', password: 'kata-sandi-perencana-1' };

export interface PlannerSession {
  /** The harness, started before the file's first test. */
  readonly harness: Harness;
  /**
   * A page in a new offline context of the given size, signed in as PLANNER (unless `signedIn` is false), on the
   * planner tab with its coverage figures ready.
   */
  plannerPage(viewport: { width: number; height: number }, signedIn?: boolean): Promise<Page>;
}

/**
 * The set-up the planner e2e files share, registered in the calling file's hooks: one harness with the PLANNER
 * account for the whole file, and after each test its context closed and no request found to have left the
 * machine.
 */
export function plannerSession(): PlannerSession {
  let h: Harness | undefined;
  let context: BrowserContext | undefined;
  let outside: string[] = [];

  beforeAll(async () => {
    h = await startHarness([PLANNER]);
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  afterEach(async () => {
    await context?.close();
    expect(outside, 'requests that left the machine').toEqual([]);
  });

  const started = (): Harness => {
    if (h === undefined) throw new Error('the harness starts in beforeAll');
    return h;
  };

  return {
    get harness() {
      return started();
    },
    async plannerPage(viewport, signedIn = true) {
      const { browser, server } = started();
      ({ context, outside } = await offlineContext(browser, viewport));
      const page = await context.newPage();
      await openApp(page, server.url);
      if (signedIn) await signIn(page, PLANNER);
      await showPlanner(page);
      return page;
    },
  };
}
