import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type Harness, offlineContext, startHarness, type TestUser } from './browser_harness.ts';

export interface OfflineSession {
  /** The seeded server's base URL (once the file's beforeAll has run). */
  readonly url: string;
  /** A page in a new context of the given size, closed after the test. */
  newPage(viewport: { width: number; height: number }): Promise<Page>;
}

/** Opens a browser context that refuses requests to other machines and records them in `outside`. */
export type OpenContext = (
  browser: Browser,
  viewport: { width: number; height: number },
) => Promise<{ context: BrowserContext; outside: string[] }>;

/**
 * The set-up e2e files share, registered in the calling file's hooks: one harness with these accounts for the
 * whole file, pages in contexts from `openContext` (by default an Indonesian one, see offlineContext), and after
 * each test its context closed and no request found to have left the machine.
 */
export function offlineSession(
  accounts: readonly TestUser[],
  openContext: OpenContext = offlineContext,
): OfflineSession {
  let h: Harness | undefined;
  let context: BrowserContext | undefined;
  let outside: string[] = [];

  beforeAll(async () => {
    h = await startHarness(accounts);
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
    get url() {
      return started().server.url;
    },
    async newPage(viewport) {
      ({ context, outside } = await openContext(started().browser, viewport));
      return context.newPage();
    },
  };
}
