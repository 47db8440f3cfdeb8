import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, start } from '@siaga/api';
import { loadSeedIfEmpty, openDatabase } from '@siaga/db';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface TestMap {
  loaded(): boolean;
  once(type: string, listener: () => void): void;
  triggerRepaint(): void;
  queryRenderedFeatures(options: { layers: string[] }): unknown[];
}
type TestWindow = Window & { __siagaMap?: TestMap };

const isLocal = (url: string): boolean => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
};

let server: RunningServer;
let dataDir: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} is missing: npm run build:web`);
  await mkdir(SCREENSHOTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'siaga-e2e-siting-'));
  const database = await openDatabase({ dataDir, log: () => {} });
  try {
    await loadSeedIfEmpty(database);
  } finally {
    await database.close();
  }
  server = await start({ port: 0, dataDir, webDist: WEB_DIST, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Opens the planner at a viewport, with every request leaving the machine refused and recorded. */
async function openPlanner(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const outside: string[] = [];
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/?e2e`);
  await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
  await page.waitForFunction(() => (window as TestWindow).__siagaMap?.loaded() === true, null, {
    timeout: 60_000,
  });
  await page.getByRole('tab', { name: 'Perencanaan' }).click();
  await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor({ timeout: 60_000 });
  return { context, page, outside };
}

async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as TestWindow).__siagaMap;
        if (!map) throw new Error('no map');
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Asks for the best new sites with the form as it stands and waits for the proven answer. */
async function askForSites(page: Page): Promise<void> {
  await page.getByTestId('siting-run').click();
  await page.locator('[data-testid="siting-status"][data-status="optimal"]').waitFor({ timeout: 60_000 });
}

describe('best new sites in the planner', () => {
  it('asks for 3 new sites (MCLP, 15 minutes), accepts one as a candidate, and undoes it', async () => {
    const { context, page, outside } = await openPlanner({ width: 1440, height: 900 });
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
    await mapIdle(page);
    const drawn = await page.evaluate(
      () => (window as TestWindow).__siagaMap?.queryRenderedFeatures({ layers: ['sites-ring'] }).length ?? -1,
    );
    expect(drawn).toBeGreaterThan(0);
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
    const { context, page, outside } = await openPlanner({ width: 390, height: 844 });
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
