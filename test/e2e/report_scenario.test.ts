import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioDocument } from '../support/scenario_document.ts';
import { type Harness, localContext, SCREENSHOTS, startHarness } from './support/browser_harness.ts';

const PLANNER = { name: 'ayu.planner', role: 'planner', password: 'skenario-laporan-9' } as const;

/** A planner document with today's operational posts and one candidate south of Singaraja. */
const DOCUMENT = scenarioDocument();

let h: Harness;
beforeAll(async () => {
  h = await startHarness([PLANNER]);
});
afterAll(async () => {
  await h?.close();
});

/** Signs the page in through the API and saves the scenario; answers its id. */
async function saveScenario(page: Page): Promise<string> {
  return page.evaluate(
    async ({ user, document }) => {
      const signIn = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: user.name, password: user.password }),
      });
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const res = await fetch('/api/scenarios', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'Pos Singaraja Selatan', document }),
      });
      return ((await res.json()) as { id: string }).id;
    },
    { user: PLANNER, document: DOCUMENT },
  );
}

describe('report compared with a saved scenario', () => {
  it('chooses a scenario, writes it into the URL and the export links, and shows the change', async () => {
    const outside: string[] = [];
    const context = await localContext(h.browser, { width: 1440, height: 900 }, outside, { locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/?e2e#report`);
    await page.waitForSelector('[data-testid="report-page"][data-state="ready"]', { timeout: 120_000 });
    const id = await saveScenario(page);
    await page.reload();
    await page.waitForSelector('[data-testid="report-page"][data-state="ready"]', { timeout: 120_000 });
    await page.getByTestId('report-scenario').selectOption(id);
    await page.waitForSelector('[data-testid="report-scenario-summary"]', { timeout: 120_000 });
    expect(await page.evaluate(() => location.hash)).toBe(`#report?scenario=${id}`);
    expect(await page.getByTestId('report-pdf').getAttribute('href')).toBe(
      `/api/reports/coverage.pdf?profile=fire_engine&scenario=${id}&lang=id`,
    );
    const table = page.getByTestId('report-scenario-summary');
    await expect(table.textContent()).resolves.toContain('Perubahan');
    expect(await table.locator('tbody tr').count()).toBe(8);
    await expect(table.locator('tbody tr').nth(6).textContent()).resolves.toContain('+1');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'report-scenario-1440.png') });
    await page.getByTestId('report-scenario').selectOption('');
    await page.waitForSelector('[data-testid="report-scenario-summary"]', { state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('#report');
    await context.close();
    expect(outside).toEqual([]);
  });
});
