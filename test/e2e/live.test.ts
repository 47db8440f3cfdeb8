import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, start } from '@siaga/api';
import { openDatabase, posts, systemActor, users } from '@siaga/db';
import { openSeededCopy } from '@siaga/db/testing';
import type { PostFeature } from '@siaga/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, localContext } from './support/browser_harness.ts';

/**
 * Live updates between two screens: a change written through the API in one browser context shows in the
 * other within 1 s, without reloading. The delay from the write to the other screen's display is measured in
 * the browsers (one clock: both contexts run in one Chromium) and written to test/e2e/screenshots/live.json.
 */

const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const PLANNER = { name: 'made.planner', role: 'planner', password: 'perubahan-langsung-7' } as const;
const ROUNDS = 7;

interface TestMap {
  loaded(): boolean;
  once(type: string, listener: () => void): void;
  triggerRepaint(): void;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  getCanvas(): HTMLCanvasElement;
}
type TestWindow = Window & { __siagaMap?: TestMap; __seenAt?: number | null; __heardAt?: number[] };

let server: RunningServer;
let dataDir: string;
let browser: Browser;
const contexts: BrowserContext[] = [];
const outside: string[][] = [];

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST} is missing: run npm run build:web first`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'siaga-e2e-live-'));
  const database = await openSeededCopy(dataDir);
  try {
    await users.create(database.db, PLANNER, systemActor('cli'));
  } finally {
    await database.close();
  }
  server = await start({ port: 0, dataDir, webDist: WEB_DIST, log: () => {} });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  for (const tried of outside) expect(tried, 'requests that left the machine').toEqual([]);
});

async function newScreen(): Promise<Page> {
  const tried: string[] = [];
  const context = await localContext(browser, DESKTOP, tried);
  contexts.push(context);
  outside.push(tried);
  const page = await context.newPage();
  await page.goto(`${server.url}/?e2e`);
  await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
  await page.waitForFunction(() => (window as TestWindow).__siagaMap?.loaded() === true, null, {
    timeout: 60_000,
  });
  await page.waitForSelector('[data-live-status="live"]', { timeout: 10_000 });
  return page;
}

async function idle(page: Page): Promise<void> {
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

/** The post farthest from every other post, so a click on it at street zoom hits nothing else. */
function loneliest(posts: readonly PostFeature[]): PostFeature {
  const gap = (p: PostFeature) =>
    Math.min(
      ...posts
        .filter((o) => o !== p)
        .map((o) =>
          Math.hypot(
            o.geometry.coordinates[0] - p.geometry.coordinates[0],
            o.geometry.coordinates[1] - p.geometry.coordinates[1],
          ),
        ),
    );
  const [first] = [...posts].sort((a, b) => gap(b) - gap(a));
  if (!first) throw new Error('no posts in the seed');
  return first;
}

/** Opens the post's details on `page` by clicking it at the middle of the map. */
async function openDetails(page: Page, center: [number, number]): Promise<void> {
  await page.evaluate((c) => (window as TestWindow).__siagaMap?.jumpTo({ center: c, zoom: 16 }), center);
  await idle(page);
  const box = await page.evaluate(() => {
    const rect = (window as TestWindow).__siagaMap?.getCanvas().getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x, box.y);
  await page.getByTestId('details-panel').waitFor();
}

/** Signs `page`'s context in through the API; answers the session's CSRF token. */
async function signIn(page: Page): Promise<string> {
  return page.evaluate(async (user) => {
    const res = await fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: user.name, password: user.password }),
    });
    if (!res.ok) throw new Error(`sign-in: ${res.status}`);
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  }, PLANNER);
}

describe('live updates between two screens', () => {
  it('a post renamed through the API in one context shows in the other’s details panel within 1 s', async () => {
    const [writer, watcher] = [await newScreen(), await newScreen()];
    const csrf = await signIn(writer);
    const posts = (await (await fetch(`${server.url}/api/posts`)).json()) as { features: PostFeature[] };
    const post = loneliest(posts.features);
    await openDetails(watcher, post.geometry.coordinates as [number, number]);
    const panel = watcher.getByTestId('details-panel');
    await expect(panel.textContent()).resolves.toContain(post.properties.name);

    // A second stream in the watcher, only to time when the event itself arrives (the app's stream is private).
    await watcher.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const w = window as TestWindow;
          w.__heardAt = [];
          const probe = new EventSource('/api/events');
          probe.addEventListener('open', () => resolve());
          probe.addEventListener('change', () =>
            w.__heardAt?.push(performance.timeOrigin + performance.now()),
          );
        }),
    );
    const delays: number[] = [];
    const parts: { written: number; heard: number; reloaded: number; shown: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const name = `${post.properties.name} (live ${round})`;
      // The watcher notes the moment its panel first shows the new name (a MutationObserver, no polling delay).
      await watcher.evaluate((expected) => {
        const w = window as TestWindow;
        w.__seenAt = null;
        const observer = new MutationObserver(() => {
          const shown = document.querySelector('[data-testid="details-panel"]')?.textContent ?? '';
          if (shown.includes(expected)) {
            w.__seenAt = performance.timeOrigin + performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, name);
      const { at: writtenAt, answeredAt } = await writer.evaluate(
        async ({ id, name, csrf }) => {
          const at = performance.timeOrigin + performance.now();
          const res = await fetch(`/api/posts/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify({ properties: { name } }),
          });
          if (!res.ok) throw new Error(`PATCH: ${res.status} ${await res.text()}`);
          return { at, answeredAt: performance.timeOrigin + performance.now() };
        },
        { id: post.properties.id, name, csrf },
      );
      await watcher.waitForFunction(() => (window as TestWindow).__seenAt != null, null, { timeout: 5_000 });
      const seen = await watcher.evaluate(() => {
        const w = window as TestWindow;
        const loads = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/posts'));
        const last = loads.at(-1);
        return {
          shown: w.__seenAt ?? Number.NaN,
          heard: w.__heardAt?.at(-1) ?? Number.NaN,
          reloaded: last
            ? performance.timeOrigin + (last as PerformanceResourceTiming).responseEnd
            : Number.NaN,
        };
      });
      delays.push(seen.shown - writtenAt);
      parts.push({
        written: Math.round(answeredAt - writtenAt),
        heard: Math.round(seen.heard - writtenAt),
        reloaded: Math.round(seen.reloaded - writtenAt),
        shown: Math.round(seen.shown - writtenAt),
      });
    }
    await watcher.screenshot({ path: join(SCREENSHOTS, 'live-watcher.png') });
    const sorted = [...delays].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    await writeFile(
      join(SCREENSHOTS, 'live.json'),
      `${JSON.stringify({ medianMs: Math.round(median), rounds: parts }, null, 2)}\n`,
    );
    console.log(
      `write in one context -> shown in the other: ${delays.map((d) => d.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms`,
    );
    // The target is 1 s; one slow round on a loaded machine (a write alone can take half a second) is tolerated.
    expect(median).toBeLessThan(1_000);
    expect(Math.max(...delays)).toBeLessThan(2_000);
  });

  it('shows reconnecting while the server is down, then what changed meanwhile once it is back', async () => {
    const watcher = await newScreen();
    const list = (await (await fetch(`${server.url}/api/posts`)).json()) as { features: PostFeature[] };
    const post = loneliest(list.features);
    await openDetails(watcher, post.geometry.coordinates as [number, number]);
    const port = Number(new URL(server.url).port);
    await server.close();
    await watcher.waitForSelector('[data-live-status="reconnecting"]', { timeout: 10_000 });
    await watcher.screenshot({ path: join(SCREENSHOTS, 'live-reconnecting.png') });
    // Changed while no server runs (and so no stream could carry it): the app must reload on its own once back.
    const name = `${post.properties.name} (while down)`;
    const database = await openDatabase({ dataDir, log: () => {} });
    try {
      await posts.update(database.db, post.properties.id, { properties: { name } }, systemActor('cli'));
    } finally {
      await database.close();
    }
    server = await start({ port, dataDir, webDist: WEB_DIST, log: () => {} });
    await watcher.waitForSelector('[data-live-status="live"]', { timeout: 30_000 });
    await expect
      .poll(() => watcher.getByTestId('details-panel').textContent(), { timeout: 5_000 })
      .toContain(name);
  });
});
