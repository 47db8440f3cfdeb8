import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, localContext, SCREENSHOTS, startHarness } from './support/browser_harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A page of its own viewport that refuses (and records) any request leaving the machine. */
async function openPage(viewport: { width: number; height: number }) {
  const outside: string[] = [];
  const context = await localContext(h.browser, viewport, outside);
  const page = await context.newPage();
  return { page, outside, close: () => context.close() };
}

async function reportReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="report-page"][data-state="ready"]', { timeout: 120_000 });
}

describe('coverage report page', () => {
  it('opens from its URL with the summary, charts, tables and the demo notice, at 1440×900', async () => {
    const { page, outside, close } = await openPage({ width: 1440, height: 900 });
    await page.goto(`${h.server.url}/?e2e#report`);
    await reportReady(page);
    await expect(page.locator('.report-title h2').textContent()).resolves.toBe(
      'Laporan cakupan pos tanggap darurat',
    );
    await expect(page.getByTestId('report-demo').first().textContent()).resolves.toContain('DATA DEMO');
    await expect(page.getByTestId('report-summary').textContent()).resolves.toContain('Standar 15 menit');
    expect(await page.locator('[data-testid="report-table-kecamatan"] tbody tr').count()).toBe(9);
    expect(await page.locator('[data-testid="report-table-desa"] tbody tr').count()).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="report-coverage-chart"] rect').count()).toBeGreaterThan(9);
    expect(await page.locator('[role="tab"][data-panel="report"]').getAttribute('aria-selected')).toBe(
      'true',
    );
    const pdf = await page.getByTestId('report-pdf').getAttribute('href');
    expect(pdf).toBe('/api/reports/coverage.pdf?profile=fire_engine&lang=id');
    const answer = await page.request.get(`${h.server.url}${pdf}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    await page.screenshot({ path: join(SCREENSHOTS, 'report-1440.png') });
    // The print stylesheet: only the report, on A4 landscape sheets.
    const printed = (
      await page.pdf({ path: join(SCREENSHOTS, 'report-print.pdf'), preferCSSPageSize: true })
    ).toString('latin1');
    // Several sheets (a blank printout is one page), every one A4 landscape (842 x 595 pt).
    const boxes = printed.match(/\/MediaBox \[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) expect(box).toMatch(/\[0 0 841\.9\d* 594\.9\d*\]/);
    await close();
    expect(outside).toEqual([]);
  });

  it('is reached from the tab, writes its URL, follows a profile change and reads on a phone', async () => {
    const { page, outside, close } = await openPage({ width: 390, height: 844 });
    await page.goto(`${h.server.url}/?e2e`);
    await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
    await page.locator('[role="tab"][data-panel="report"]').click();
    await reportReady(page);
    expect(new URL(page.url()).hash).toBe('#report');
    await page.getByTestId('report-profile').selectOption('motorbike');
    await expect.poll(() => new URL(page.url()).hash).toBe('#report?profile=motorbike');
    await reportReady(page);
    await expect(page.locator('.report-meta').textContent()).resolves.toContain('Sepeda motor');
    // The sheet holds only the tabs, below the report, and nothing of the report lies under it.
    await expect(page.locator('.app__body').getAttribute('data-sheet')).resolves.toBe('collapsed');
    const sheetTop = await page.locator('.sidebar').evaluate((e) => e.getBoundingClientRect().top);
    const reportBottom = await page.locator('.report-page').evaluate((e) => e.getBoundingClientRect().bottom);
    expect(reportBottom).toBeLessThanOrEqual(sheetTop + 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-390.png') });
    await page.locator('[role="tab"][data-panel="map"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await close();
    expect(outside).toEqual([]);
  });
});
