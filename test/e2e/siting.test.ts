import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  openPlanner,
  renderedCount,
  SCREENSHOTS,
  startHarness,
  waitForMapIdle,
} from './support/browser_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Asks for the best new sites with the form as it stands and waits for the proven answer. */
async function askForSites(page: Page): Promise<void> {
  await page.getByTestId('siting-run').click();
  await page.locator('[data-testid="siting-status"][data-status="optimal"]').waitFor({ timeout: 60_000 });
}

describe('best new sites in the planner', () => {
  it('asks for 3 new sites (MCLP, 15 minutes), accepts one as a candidate, and undoes it', async () => {
    const { context, page, outside } = await openPlanner(h.browser, h.server.url, {
      width: 1440,
      height: 900,
    });
    const panel = page.getByTestId('siting-panel');
    await expect(panel.textContent()).resolves.toContain('Lokasi pos baru terbaik');
    await page.getByTestId('siting-objective').selectOption('mclp');
    await page.getByTestId('siting-k').fill('3');
    await askForSites(page);
    const status = (await page.getByTestId('siting-status').textContent()) ?? '';
    expect(status).toContain('Jawaban cepat');
    expect(status).toContain('Optimal terbukti');
    const sites = page.locator('[data-testid="siting-sites"] > li');
    await expect(sites.count()).resolves.toBe(3);
    const first = (await sites.first().textContent()) ?? '';
    expect(first).toMatch(/baru masuk standar/);
    expect(first).toMatch(/Pengganti terbaik/);
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'sites-ring')).toBeGreaterThan(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'siting-1440x900.png') });

    const candidates = page.locator('[data-testid="candidate-list"] li');
    await expect(candidates.count()).resolves.toBe(0);
    const accept = page.getByTestId('siting-accept').first();
    await accept.click();
    await expect.poll(() => candidates.count()).toBe(1);
    await expect(accept.textContent()).resolves.toBe('Sudah menjadi kandidat');
    await expect(accept.isDisabled()).resolves.toBe(true);

    await page.getByTestId('plan-undo').click();
    await expect.poll(() => candidates.count()).toBe(0);
    await expect(accept.isDisabled()).resolves.toBe(false);
    await expect(accept.textContent()).resolves.toBe('Terima sebagai kandidat');
    await context.close();
    expect(outside, 'requests that left the machine').toEqual([]);
  });

  it('fits a phone (390 x 844)', async () => {
    const { context, page, outside } = await openPlanner(h.browser, h.server.url, {
      width: 390,
      height: 844,
    });
    await page.getByTestId('siting-hazards').locator('summary').click();
    await askForSites(page);
    const panel = page.getByTestId('siting-panel');
    await panel.scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(390);
    const table = await page.locator('.siting-hazards').boundingBox();
    expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.getByTestId('siting-sites').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'siting-390x844.png') });
    await context.close();
    expect(outside, 'requests that left the machine').toEqual([]);
  });
});
