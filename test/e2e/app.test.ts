import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, start } from '@siaga/api';
import { systemActor, users } from '@siaga/db';
import { openSeededCopy } from '@siaga/db/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  isLocal,
  jumpTo,
  launchChromium,
  openApp,
  renderedCount,
  SCREENSHOTS,
  screenAt,
  type TestWindow,
  WEB_DIST,
  waitForMapIdle,
} from './support/browser_harness.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** Users created in the test's database before the server starts (passwords of at least 10 characters). */
const PLANNER = { name: 'ayu.planner', role: 'planner', password: 'benar-sekali-42' } as const;
const OFFICIAL = { name: 'pak.kalak', role: 'viewer', password: 'lihat-saja-2026' } as const;

/** Labels the details panel must show for each post kind, written out here so the test checks real words. */
const POST_KIND_LABEL = {
  fire_station: { id: 'Pos Pemadam Kebakaran (Damkar)', en: 'Fire station (Damkar)' },
  bpbd_post: { id: 'Pos BPBD', en: 'BPBD post' },
  combined_post: { id: 'Pos Gabungan BPBD–Damkar', en: 'Combined BPBD–fire post' },
  volunteer_post: { id: 'Pos Relawan', en: 'Volunteer post' },
} as const;

/**
 * The most isolated rendered post, so that no other symbol is under a click there, kept `rightMargin` pixels
 * clear of the canvas's right edge (where the details panel opens); page coordinates.
 */
async function isolatedPost(
  page: Page,
  rightMargin: number,
): Promise<{ id: string; name: string; kind: string; x: number; y: number } | null> {
  return page.evaluate((margin) => {
    const map = (window as TestWindow).__siagaMap;
    if (!map) throw new Error('no map');
    const points = (layer: string) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((f) => ({
        id: String(f.id),
        name: String(f.properties.name ?? f.properties.title),
        kind: String(f.properties.kind),
        at: map.project(f.geometry.coordinates as [number, number]),
      }));
    const posts = points('posts-icon');
    const others = [...posts, ...points('caches-icon'), ...points('incidents-icon')];
    const rect = map.getCanvas().getBoundingClientRect();
    let best: { id: string; name: string; kind: string; x: number; y: number; gap: number } | null = null;
    for (const p of posts) {
      const gap = Math.min(
        ...others.filter((o) => o !== p).map((o) => Math.hypot(o.at.x - p.at.x, o.at.y - p.at.y)),
      );
      const inView = p.at.x > 40 && p.at.y > 40 && p.at.x < rect.width - margin && p.at.y < rect.height - 60;
      if (inView && (!best || gap > best.gap)) {
        best = { id: p.id, name: p.name, kind: p.kind, x: rect.left + p.at.x, y: rect.top + p.at.y, gap };
      }
    }
    return best;
  }, rightMargin);
}

let server: RunningServer;
let dataDir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request to a host other than this machine, from any page or worker of the context. */
let outside: string[];
/** Every request of the context, page and workers alike. */
let requested: string[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST} is missing: run npm run test:e2e (it builds the web app first)`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'siaga-e2e-'));
  // Users exist before the server starts, as `npm run user -- add` would leave them in the data folder; the folder
  // is a copy of the seeded template (see startHarness).
  const database = await openSeededCopy(dataDir);
  try {
    for (const u of [PLANNER, OFFICIAL]) await users.create(database.db, u, systemActor('cli'));
  } finally {
    await database.close();
  }
  server = await start({ port: 0, dataDir, webDist: WEB_DIST, log: () => {} });
  browser = await launchChromium();
  // Creating the database, loading the seed and starting the server took over 180 s on a loaded 2-CPU machine.
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  outside = [];
  requested = [];
  // A browser locale other than Indonesian shows that the app chooses Bahasa Indonesia itself.
  context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
  context.on('request', (req) => {
    requested.push(req.url());
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
  it('draws Buleleng offline for an anonymous official, read-only, with posts, hazard zones, roads and boundaries', async () => {
    await openApp(page, server.url);
    const banner = page.getByTestId('read-only-banner');
    await expect(banner.textContent()).resolves.toContain('Mode baca saja');
    await expect(page.getByTestId('user-menu').textContent()).resolves.toBe('Masuk');
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'hazard-fill')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'roads-fill')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'kecamatan-line')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'land')).toBeGreaterThan(0);
    // The rest of Bali is land, not sea; rivers and lakes come from the seed's OpenStreetMap data, credited.
    expect(await renderedCount(page, 'outside-land')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'waterway')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'water-area')).toBeGreaterThan(0);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('OpenStreetMap');
    expect(await renderedCount(page, 'kecamatan-label')).toBeGreaterThan(0);
    await expect(page.locator('.legend').textContent()).resolves.toContain('Legenda');
    expect(await page.locator('html').getAttribute('lang')).toBe('id-ID');
    await page.screenshot({ path: join(SCREENSHOTS, '01-overview-id.png') });
  });

  it('shows post details in Indonesian on click, then in English after switching', async () => {
    await openApp(page, server.url);
    const target = await isolatedPost(page, 420);
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

/** Covered population at the largest threshold, once the Worker's answer is shown (not "computing"). */
async function coveredPopulation(page: Page): Promise<number> {
  const row = page.locator('[data-testid="kpi-table"] tbody tr').last();
  return Number(await row.getAttribute('data-population'));
}

async function workerMs(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-ms'));
}

describe('planner and dispatcher (engine in a Web Worker)', () => {
  it('computes coverage KPIs from graph.bin and updates them when a candidate is added and dragged', async () => {
    await openApp(page, server.url);
    await page.getByRole('tab', { name: 'Perencanaan' }).click();
    await page
      .locator('[data-testid="coverage-kpis"][data-status="ready"] [data-testid="kpi-table"]')
      .waitFor({
        timeout: 60_000,
      });
    const graphRequests = requested.filter((u) => new URL(u).pathname === '/api/network/graph.bin');
    expect(graphRequests.length).toBeGreaterThan(0);
    for (const u of graphRequests) expect(new URL(u).hostname).toBe('127.0.0.1');
    const before = await coveredPopulation(page);
    expect(before).toBeGreaterThan(0);
    const baselineMs = await workerMs(page, 'coverage-status');

    // Uncovered upland on the Singaraja - Gitgit - Wanagiri corridor.
    await jumpTo(page, [115.15, -8.22], 11);
    await page.getByTestId('add-candidate').click();
    const at = await screenAt(page, [115.15, -8.25]);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(1);
    // The answer with the candidate carries the change against the baseline.
    await page.locator('[data-testid="coverage-kpis"][data-status="ready"] .delta').first().waitFor();
    const after = await coveredPopulation(page);
    expect(after).toBeGreaterThanOrEqual(before);
    const candidateMs = await workerMs(page, 'coverage-status');
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'candidates-circle')).toBe(1);
    expect(await renderedCount(page, 'gaps-fill')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '08-planner-candidate-id.png') });

    const candidateAt = () => page.locator('[data-testid="candidate-list"] .marker-list__at').textContent();
    const placed = await candidateAt();

    // Drag the candidate up the road in small steps: the KPIs follow (latest-wins) and the page stays responsive.
    await page.getByTestId('add-candidate').click();
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    const dragMs: number[] = [];
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(at.x - i, at.y - i * 3);
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor();
    dragMs.push(await workerMs(page, 'coverage-status'));
    const moved = await page.locator('[data-testid="candidate-list"] .marker-list__at').textContent();
    expect(moved).not.toContain('-8,25, 115,15');
    expect(await coveredPopulation(page)).toBeGreaterThanOrEqual(before);

    // The whole drag is one undo step: undo puts the candidate back where it was placed, Ctrl+Shift+Z moves it again.
    await page.getByTestId('plan-undo').click();
    await expect.poll(candidateAt).toBe(placed);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(candidateAt).toBe(moved);
    await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor();

    // Isochrones of the candidate: nested bands on the map.
    await page.getByTestId('isochrone-of').selectOption('K1');
    await page.locator('[data-testid="isochrone-status"][data-status="ready"]').waitFor();
    const isoMs = await workerMs(page, 'isochrone-status');
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'isochrones-fill')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '09-planner-isochrones-id.png') });
    await page.getByTestId('kecamatan-table').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('coverage-kpis').textContent()).resolves.toContain('Population covered');
    await page.screenshot({ path: join(SCREENSHOTS, '09b-planner-kpis-en.png') });
    console.log(
      `worker timings (ms): coverage baseline ${baselineMs.toFixed(0)}, with candidate ${candidateMs.toFixed(0)}, ` +
        `after drag ${dragMs.map((m) => m.toFixed(0)).join(',')}, isochrones ${isoMs.toFixed(0)}`,
    );
  });

  it('finds the nearest posts and caches by road for an incident near Mengening, honouring a closure', async () => {
    await openApp(page, server.url);
    await page.getByRole('tab', { name: 'Dispatch / Pusdalops' }).click();
    await jumpTo(page, [115.2, -8.14], 11);
    await page.getByTestId('pick-incident').click();
    const at = await screenAt(page, [115.242, -8.158]);
    await page.mouse.click(at.x, at.y);
    const firstPost = page.getByTestId('route-post').first();
    await firstPost.waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
    await expect(firstPost.textContent()).resolves.toMatch(/Tiba \d+ menit/);
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'routes-line')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'incident-circle')).toBe(1);
    const closestMs = await workerMs(page, 'closest-status');
    const beforeEta = Number(await firstPost.getAttribute('data-eta-s'));
    const beforeFacility = await firstPost.getAttribute('data-facility');
    await firstPost.locator('summary').click();
    await page.screenshot({ path: join(SCREENSHOTS, '10-dispatch-mengening-id.png') });

    // Close the road in the middle of the fastest route (the landslide).
    const middle = await page.evaluate(() => {
      const map = (window as TestWindow).__siagaMap;
      const f = map?.queryRenderedFeatures({ layers: ['routes-line'] }).find((x) => x.properties.rank === 1);
      const line = (f?.geometry.coordinates ?? []) as [number, number][];
      return line[Math.floor(line.length / 2)] ?? null;
    });
    expect(middle).not.toBeNull();
    if (!middle) return;
    await page.getByTestId('add-closure').click();
    const c = await screenAt(page, middle);
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => page.locator('[data-testid="closure-list"] li').count()).toBe(1);
    await expect
      .poll(async () => Number(await page.getByTestId('closed-links').getAttribute('data-n')))
      .toBeGreaterThan(0);
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
    // Either a slower way round, or (one road into the village) nothing reachable: never the same answer.
    const after = page.getByTestId('route-post').first();
    if ((await page.getByTestId('route-post').count()) > 0) {
      const afterEta = Number(await after.getAttribute('data-eta-s'));
      const afterFacility = await after.getAttribute('data-facility');
      expect(afterEta > beforeEta || afterFacility !== beforeFacility).toBe(true);
    } else {
      await expect(page.getByTestId('closest-results').textContent()).resolves.toContain(
        'Tidak ada yang terjangkau lewat jalan',
      );
    }
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'closures-circle')).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, '11-dispatch-closure-id.png') });

    // A cache that stocks 2 chainsaws.
    await page.getByTestId('item-type').selectOption('chainsaw');
    await page.getByTestId('item-min').fill('2');
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
    await expect(page.getByTestId('closest-results').textContent()).resolves.toMatch(
      /gudang memenuhi syarat/,
    );
    console.log(`worker timings (ms): closest ${closestMs.toFixed(1)}`);
  });
});

/** Signs in through the header's user menu; the first attempt may be meant to fail. */
async function signInThroughMenu(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('user-menu').getByRole('button', { name: 'Masuk' }).click();
  await fillSignIn(page, name, password);
}

async function fillSignIn(page: Page, name: string, password: string): Promise<void> {
  const form = page.getByTestId('sign-in');
  await form.waitFor();
  await page.getByTestId('sign-in-name').fill(name);
  await page.getByTestId('sign-in-password').fill(password);
  await form.getByRole('button', { name: 'Masuk' }).click();
}

/** Elements that are (partly) outside the viewport, or wider than it: what a phone user could not reach. */
async function cutOff(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const bad: string[] = [];
    for (const sel of list) {
      for (const el of Array.from(document.querySelectorAll(sel))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
          bad.push(
            `${sel} at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`,
          );
      }
    }
    if (document.documentElement.scrollWidth > innerWidth)
      bad.push(`page ${document.documentElement.scrollWidth} wide`);
    return bad;
  }, selectors);
}

const ZOOM_BUTTONS = '.maplibregl-ctrl-bottom-right .maplibregl-ctrl-group';

/** True when `a` does not meet `b`, or lies above it where they meet (nothing of `b` shows through `a`). */
async function coversOrClear(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([sa, sb]) => {
      const top = document.querySelector(sa);
      const under = document.querySelector(sb);
      if (!top || !under) throw new Error(`${sa} or ${sb} is not shown`);
      const ra = top.getBoundingClientRect();
      const rb = under.getBoundingClientRect();
      const left = Math.max(ra.left, rb.left);
      const right = Math.min(ra.right, rb.right);
      const upper = Math.max(ra.top, rb.top);
      const lower = Math.min(ra.bottom, rb.bottom);
      if (left >= right || upper >= lower) return true;
      const hit = document.elementFromPoint((left + right) / 2, (upper + lower) / 2);
      return hit !== null && top.contains(hit);
    },
    [a, b] as const,
  );
}

/** True when the two elements' boxes overlap. */
async function overlap(page: Page, a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([page.locator(a).boundingBox(), page.locator(b).boundingBox()]);
  if (!ra || !rb) throw new Error(`${a} or ${b} is not shown`);
  return (
    ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height
  );
}

describe('signing in and the change history', () => {
  it('signs an official in through the user menu (a wrong password first) and out again', async () => {
    await openApp(page, server.url);
    await signInThroughMenu(page, OFFICIAL.name, 'salah-kata-sandi');
    await expect
      .poll(() => page.getByTestId('sign-in-error').textContent())
      .toBe('Nama pengguna atau kata sandi salah.');
    await page.screenshot({ path: join(SCREENSHOTS, '12-sign-in-wrong-password-id.png') });
    await page.getByTestId('sign-in-password').fill(OFFICIAL.password);
    await page.getByTestId('sign-in').getByRole('button', { name: 'Masuk' }).click();
    const menu = page.getByTestId('user-menu');
    await expect.poll(() => menu.locator('strong').textContent()).toBe(OFFICIAL.name);
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Pimpinan (lihat saja)');
    expect(await page.getByTestId('sign-in').count()).toBe(0);
    expect(await page.getByTestId('read-only-banner').count()).toBe(0);
    await page.waitForSelector('[data-data-state="ready"]');
    await page.screenshot({ path: join(SCREENSHOTS, '13-signed-in-official-id.png') });

    await menu.getByRole('button', { name: 'Keluar' }).click();
    await expect.poll(() => menu.textContent()).toBe('Masuk');
    await page.getByTestId('read-only-banner').waitFor();
    const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
    expect(me.user).toBeNull();
  });

  it("shows a planner's change made through the API in the post's history, the Riwayat tab and its CSV", async () => {
    const signIn = await page.request.post(`${server.url}/api/auth/sign-in`, {
      data: { name: PLANNER.name, password: PLANNER.password },
    });
    expect(signIn.status()).toBe(200);
    await openApp(page, server.url);
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('Perencana');
    const target = await isolatedPost(page, 420);
    expect(target, 'a post in view to click').not.toBeNull();
    if (!target) return;

    // The change, as a script in the signed-in page would make it: session cookie, CSRF token and If-Match.
    const answer = await page.evaluate(async (id) => {
      const me = await (await fetch('/api/auth/me')).json();
      const current = await fetch(`/api/posts/${id}`);
      const post = await current.json();
      const res = await fetch(`/api/posts/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'if-match': current.headers.get('etag') ?? '*',
        },
        body: JSON.stringify({
          properties: { staff: post.properties.staff + 3, notes: 'Tambah regu malam' },
        }),
      });
      return { status: res.status, before: post.properties.staff as number, after: await res.json() };
    }, target.id);
    expect(answer.status).toBe(200);
    expect(answer.after.properties.staff).toBe(answer.before + 3);

    await page.mouse.click(target.x, target.y);
    const panel = page.getByTestId('details-panel');
    await expect.poll(() => panel.textContent()).toContain(target.name);
    const history = page.getByTestId('item-history');
    await history.locator('summary').click();
    await expect.poll(() => history.getByTestId('audit-list').getAttribute('data-status')).toBe('ready');
    const update = history.locator('[data-testid="audit-entry"][data-action="update"]').first();
    await expect(update.textContent()).resolves.toContain(`oleh ${PLANNER.name}`);
    await expect(update.textContent()).resolves.toContain('Tambah regu malam');
    await expect(update.textContent()).resolves.toContain(`${answer.before} → ${answer.before + 3}`);
    await update.scrollIntoViewIfNeeded();
    expect(await coversOrClear(page, '[data-testid="details-panel"]', ZOOM_BUTTONS)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '14-post-history-id.png') });

    await page.getByRole('tab', { name: 'Riwayat' }).click();
    const list = page.getByTestId('audit-panel').getByTestId('audit-list');
    await expect.poll(() => list.getAttribute('data-status')).toBe('ready');
    const newest = list.getByTestId('audit-entry').first();
    await expect(newest.textContent()).resolves.toContain(`oleh ${PLANNER.name}`);
    await expect(newest.textContent()).resolves.toContain(target.id);
    await page.screenshot({ path: join(SCREENSHOTS, '15-riwayat-tab-id.png') });

    const href = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/audit\.csv/);
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text).toContain(PLANNER.name);
    expect(text).toContain(target.id);
  });

  it('fits the panels, the user menu and the sign-in form on a phone', async () => {
    await page.setViewportSize(PHONE);
    await openApp(page, server.url);
    const always = ['.app__header', '.user-menu', '.read-only-banner', '.panel-tabs', '.map-area'];
    expect(await cutOff(page, always)).toEqual([]);
    expect(await overlap(page, '.app__header', '.map-area')).toBe(false);
    expect((await page.locator('.map-area').boundingBox())?.height ?? 0).toBeGreaterThan(250);
    await page.screenshot({ path: join(SCREENSHOTS, '16-phone-overview-id.png') });

    await signInThroughMenu(page, PLANNER.name, 'salah-kata-sandi');
    await page.getByTestId('sign-in-error').waitFor();
    expect(await cutOff(page, ['[data-testid="sign-in"]', '[data-testid="sign-in"] button'])).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '17-phone-sign-in-id.png') });
    await page.getByTestId('sign-in-password').fill(PLANNER.password);
    await page.getByTestId('sign-in').getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('user-menu').locator('strong').textContent()).toBe(PLANNER.name);
    await page.waitForSelector('[data-data-state="ready"]');
    expect(await cutOff(page, ['.app__header', '.user-menu', '.user-menu button', '.panel-tabs'])).toEqual(
      [],
    );
    await page.screenshot({ path: join(SCREENSHOTS, '18-phone-signed-in-id.png') });

    await waitForMapIdle(page);
    const target = await isolatedPost(page, 40);
    expect(target, 'a post in view to tap').not.toBeNull();
    if (!target) return;
    await page.mouse.click(target.x, target.y);
    await page.getByTestId('details-panel').waitFor();
    expect(await cutOff(page, ['[data-testid="details-panel"]', '.details__close'])).toEqual([]);
    expect(await coversOrClear(page, '[data-testid="details-panel"]', ZOOM_BUTTONS)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, '19-phone-details-id.png') });
    await page.locator('.details__close').click();

    for (const [tab, shot] of [
      ['Perencanaan', '20-phone-planner-id.png'],
      ['Riwayat', '21-phone-riwayat-id.png'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await cutOff(page, ['.panel-tabs', '.panel-tabs button', '.sidebar'])).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, shot) });
    }
  });
});

describe('with anonymous read off', () => {
  beforeAll(async () => {
    // The same data folder, served as a deployment would be: nothing without signing in.
    await server.close();
    server = await start({ port: 0, dataDir, webDist: WEB_DIST, anonymousRead: false, log: () => {} });
  });

  it('asks for sign-in before it shows any data', async () => {
    const answered: { path: string; status: number }[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.startsWith('/api/') && !path.startsWith('/api/auth/'))
        answered.push({ path, status: res.status() });
    });
    await page.goto(`${server.url}/?e2e`);
    const form = page.getByTestId('sign-in');
    await expect
      .poll(() => form.textContent(), { timeout: 60_000 })
      .toContain('hanya untuk pengguna terdaftar');
    expect(await form.getByRole('button', { name: 'Batal' }).count()).toBe(0);
    expect(await page.getByTestId('read-only-banner').count()).toBe(0);
    await page.keyboard.press('Escape');
    await form.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, '22-sign-in-required-id.png') });
    const posts = answered.filter((a) => a.path === '/api/posts');
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((a) => a.status === 401)).toBe(true);

    await fillSignIn(page, OFFICIAL.name, OFFICIAL.password);
    await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'posts-icon')).toBeGreaterThan(0);
    expect(answered.filter((a) => a.path === '/api/posts').at(-1)?.status).toBe(200);
  });
});
