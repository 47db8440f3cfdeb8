import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, start } from '@siaga/api';
import { systemActor, users } from '@siaga/db';
import { openSeededCopy } from '@siaga/db/testing';
import type { Role } from '@siaga/schema';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/**
 * The browser tests' common ground: a seeded server on a free port, Debian's Chromium, a context that refuses
 * every request leaving the machine, and the map hooks exposed with `?e2e`.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots', import.meta.url));
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface TestUser {
  name: string;
  role: Role;
  password: string;
}

/** The part of the MapLibre map the tests drive through `window.__siagaMap`. */
export interface TestMap {
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
  getZoom(): number;
  getBounds(): { contains(lngLat: [number, number]): boolean };
  isMoving(): boolean;
}
export type TestWindow = Window & { __siagaMap?: TestMap };

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Debian's Chromium, headless, software-rendered WebGL, no background requests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the seeded server (with these users) in a scratch folder and launches Chromium. The folder is a copy of
 * the seeded template (what `npm start` leaves in an empty folder), not seeded again for every file; the startup
 * project's start.test.ts keeps the from-scratch path tested.
 */
export async function startHarness(accounts: readonly TestUser[] = []): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST} is missing: npm run build:web`);
  await mkdir(SCREENSHOTS, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'siaga-e2e-'));
  const database = await openSeededCopy(dataDir);
  try {
    for (const u of accounts) await users.create(database.db, u, systemActor('cli'));
  } finally {
    await database.close();
  }
  const server = await start({ port: 0, dataDir, webDist: WEB_DIST, log: () => {} });
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A context of the given size whose requests to other machines are refused and recorded in `outside`. */
export async function localContext(
  browser: Browser,
  viewport: { width: number; height: number },
  outside: string[],
  options: { locale?: string; timezoneId?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'en-US', ...options });
  context.on('request', (req) => {
    if (!isLocal(req.url())) outside.push(req.url());
  });
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** An Indonesian context in Buleleng's time zone that refuses and records every request leaving the machine. */
export async function offlineContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; outside: string[] }> {
  const outside: string[] = [];
  const context = await localContext(browser, viewport, outside, {
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  return { context, outside };
}

export async function waitForMapIdle(page: Page): Promise<void> {
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

export async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/?e2e`);
  await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
  await waitForMapIdle(page);
}

export async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate(
    (l) => (window as TestWindow).__siagaMap?.queryRenderedFeatures({ layers: [l] }).length ?? -1,
    layer,
  );
}

/** Screen position (page coordinates) of a map location. */
export async function screenAt(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as TestWindow).__siagaMap;
    if (!map) throw new Error('no map');
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as TestWindow).__siagaMap?.jumpTo({ center: c, zoom: z }), [
    center,
    zoom,
  ] as const);
  await waitForMapIdle(page);
}

export async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.getByTestId('user-menu').getByRole('button', { name: 'Masuk' }).click();
  const form = page.getByTestId('sign-in');
  await form.waitFor();
  await page.getByTestId('sign-in-name').fill(user.name);
  await page.getByTestId('sign-in-password').fill(user.password);
  await form.getByRole('button', { name: 'Masuk' }).click();
  await form.waitFor({ state: 'detached' });
}

/** Features of a layer as rendered now (properties and tile geometry). */
export async function rendered(
  page: Page,
  layer: string,
): Promise<ReturnType<TestMap['queryRenderedFeatures']>> {
  return page.evaluate(
    (l) =>
      ((window as TestWindow).__siagaMap?.queryRenderedFeatures({ layers: [l] }) ?? []).map((f) => ({
        id: f.id,
        properties: f.properties,
        geometry: f.geometry,
      })),
    layer,
  );
}

export async function mapZoom(page: Page): Promise<number> {
  return page.evaluate(() => (window as TestWindow).__siagaMap?.getZoom() ?? -1);
}

export async function inView(page: Page, lngLat: [number, number]): Promise<boolean> {
  return page.evaluate((ll) => (window as TestWindow).__siagaMap?.getBounds().contains(ll) ?? false, lngLat);
}

/** The planner tab with its coverage figures ready, in an offline Indonesian context of the given size. */
export async function openPlanner(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const { context, outside } = await offlineContext(browser, viewport);
  const page = await context.newPage();
  await openApp(page, base);
  await showPlanner(page);
  return { context, page, outside };
}

/** Opens the planner tab of an open app and waits for its coverage figures. */
export async function showPlanner(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Perencanaan' }).click();
  await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor({ timeout: 60_000 });
}
