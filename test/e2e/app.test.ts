import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, start } from '@siaga/api';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Labels the details panel must show for each post kind, written out here so the test checks real words. */
const POST_KIND_LABEL = {
  fire_station: { id: 'Pos Pemadam Kebakaran (Damkar)', en: 'Fire station (Damkar)' },
  bpbd_post: { id: 'Pos BPBD', en: 'BPBD post' },
  combined_post: { id: 'Pos Gabungan BPBD–Damkar', en: 'Combined BPBD–fire post' },
  volunteer_post: { id: 'Pos Relawan', en: 'Volunteer post' },
} as const;

/** The part of the MapLibre map the test drives through `window.__siagaMap` (exposed only with `?e2e`). */
interface TestMap {
  loaded(): boolean;
  once(type: string, listener: () => void): void;
  triggerRepaint(): void;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  queryRenderedFeatures(options: { layers: string[] }): Array<{
    id?: string | number;
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown };
  }>;
  getCanvas(): HTMLCanvasElement;
}
type TestWindow = Window & { __siagaMap?: TestMap };

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as TestWindow).__siagaMap?.loaded() === true, null, {
    timeout: 60_000,
  });
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

async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate(
    (l) => (window as TestWindow).__siagaMap?.queryRenderedFeatures({ layers: [l] }).length ?? -1,
    layer,
  );
}

async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/?e2e`);
  await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
  await waitForMapIdle(page);
}

let server: RunningServer;
let dataDir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request to a host other than this machine, from any page or worker of the context. */
let outside: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST} is missing: run npm run test:e2e (it builds the web app first)`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'siaga-e2e-'));
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

beforeEach(async () => {
  outside = [];
  // A browser locale other than Indonesian shows that the app chooses Bahasa Indonesia itself.
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
  expect(outside, 'requests that left the machine').toEqual([]);
});

describe('Siaga web app', () => {
  it('draws Buleleng offline with posts, hazard zones, roads and boundaries', async () => {
    await openApp(page, server.url);
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'hazard-fill')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'roads-fill')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'kecamatan-line')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'land')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'kecamatan-label')).toBeGreaterThan(0);
    await expect(page.locator('.legend').textContent()).resolves.toContain('Legenda');
    expect(await page.locator('html').getAttribute('lang')).toBe('id-ID');
    await page.screenshot({ path: join(SCREENSHOTS, '01-overview-id.png') });
  });

  it('shows post details in Indonesian on click, then in English after switching', async () => {
    await openApp(page, server.url);
    // The most isolated rendered post, so that no other symbol is under the click.
    const target = await page.evaluate(() => {
      const map = (window as TestWindow).__siagaMap;
      if (!map) throw new Error('no map');
      const points = (layer: string) =>
        map.queryRenderedFeatures({ layers: [layer] }).map((f) => ({
          name: String(f.properties.name ?? f.properties.title),
          kind: String(f.properties.kind),
          at: map.project(f.geometry.coordinates as [number, number]),
        }));
      const posts = points('posts-icon');
      const others = [...posts, ...points('caches-icon'), ...points('incidents-icon')];
      const rect = map.getCanvas().getBoundingClientRect();
      let best: { name: string; kind: string; x: number; y: number; gap: number } | null = null;
      for (const p of posts) {
        const gap = Math.min(
          ...others.filter((o) => o !== p).map((o) => Math.hypot(o.at.x - p.at.x, o.at.y - p.at.y)),
        );
        const inView = p.at.x > 40 && p.at.y > 40 && p.at.x < rect.width - 420 && p.at.y < rect.height - 60;
        if (inView && (!best || gap > best.gap)) {
          best = { name: p.name, kind: p.kind, x: rect.left + p.at.x, y: rect.top + p.at.y, gap };
        }
      }
      return best;
    });
    expect(target, 'a post in view to click').not.toBeNull();
    if (!target) return;

    await page.mouse.move(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => (window as TestWindow).__siagaMap?.getCanvas().style.cursor))
      .toBe('pointer');
    await page.mouse.click(target.x, target.y);
    const panel = page.getByTestId('details-panel');
    await panel.waitFor({ timeout: 10_000 });
    const kind = target.kind as keyof typeof POST_KIND_LABEL;
    await expect.poll(() => panel.textContent()).toContain(target.name);
    const idText = (await panel.textContent()) ?? '';
    expect(idText).toContain(POST_KIND_LABEL[kind].id);
    expect(idText).toContain('Personel');
    expect(idText).toContain('Kendaraan');
    expect(idText).toContain('Waktu keluar pos');
    await waitForMapIdle(page);
    await page.screenshot({ path: join(SCREENSHOTS, '02-post-details-id.png') });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => panel.textContent()).toContain(POST_KIND_LABEL[kind].en);
    const enText = (await panel.textContent()) ?? '';
    expect(enText).toContain('Staff');
    expect(enText).toContain('Turnout time');
    expect(enText).not.toContain('Personel');
    await expect(page.locator('.sidebar').textContent()).resolves.toContain('Map layers');
    await expect(page.locator('.legend').textContent()).resolves.toContain('Legend');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await page.screenshot({ path: join(SCREENSHOTS, '03-post-details-en.png') });
  });

  it('hides a layer when its toggle is turned off', async () => {
    await openApp(page, server.url);
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
    await page.locator('input[data-layer="posts"]').uncheck();
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'posts-icon')).toBe(0);
    expect(await renderedCount(page, 'hazard-fill')).toBeGreaterThan(0);
  });

  it('reads labels at town scale', async () => {
    await openApp(page, server.url);
    await page.evaluate(() =>
      (window as TestWindow).__siagaMap?.jumpTo({ center: [115.09, -8.115], zoom: 13 }),
    );
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'desa-label')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'posts-label')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '04-singaraja-id.png') });
    await page.evaluate(() =>
      (window as TestWindow).__siagaMap?.jumpTo({ center: [115.242, -8.158], zoom: 12.5 }),
    );
    await waitForMapIdle(page);
    await page.screenshot({ path: join(SCREENSHOTS, '05-mengening-id.png') });
  });

  it('explains an error envelope from the API in the panel', async () => {
    await page.route('**/api/hazard-zones*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'unavailable', message: 'database is starting', details: [] },
        }),
      }),
    );
    await page.goto(`${server.url}/?e2e`);
    await page.waitForSelector('[data-data-state="error"]', { timeout: 60_000 });
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('database is starting');
    await expect(alert.textContent()).resolves.toContain('Layanan sedang tidak tersedia');
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '06-api-error-id.png') });
  });

  it('says so when the server cannot be reached, and recovers on retry', async () => {
    let down = true;
    await page.route('**/api/**', (route) => (down ? route.abort('connectionrefused') : route.fallback()));
    await page.goto(`${server.url}/?e2e`);
    await page.waitForSelector('[data-data-state="error"]', { timeout: 60_000 });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Server Siaga tidak dapat dihubungi',
    );
    await page.screenshot({ path: join(SCREENSHOTS, '07-unreachable-id.png') });
    down = false;
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
  });
});
