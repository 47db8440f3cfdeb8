import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  localContext,
  openApp,
  renderedCount,
  SCREENSHOTS,
  startHarness,
  type TestWindow,
  waitForMapIdle,
} from './support/browser_harness.ts';

/**
 * The dispatcher's whole flow as a Pusdalops operator would work it: find the place, record the incident, see
 * the nearest available units with their routes, assign one, copy the message, close the incident; a second
 * screen sees the incident appear and change without reloading. On a desktop by keyboard alone, and on a phone.
 */

const DISPATCHER = { name: 'dina.dispatch', role: 'dispatcher', password: 'kirim-unit-2026' } as const;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Waiting on a write and its answer: generous, as the machines running this are shared and busy. */
const SLOW = { timeout: 10_000 };
/** Places to record incidents at for the timing runs, each a desa of the seed. */
const TIMING_PLACES = ['Kubutambahan', 'Sawan', 'Tejakula', 'Bungkulan', 'Sangsit'];

let harness: Harness;
const contexts: BrowserContext[] = [];
let outside: string[] = [];

beforeAll(async () => {
  harness = await startHarness([DISPATCHER]);
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  expect(outside, 'requests that left the machine').toEqual([]);
  outside = [];
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await localContext(harness.browser, viewport, outside);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  contexts.push(context);
  const page = await context.newPage();
  await openApp(page, harness.server.url);
  return page;
}

/** Focuses a control and presses a key on it: the keyboard, never the mouse. */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

async function signInByKeyboard(page: Page): Promise<void> {
  await press(page.getByTestId('user-menu').getByRole('button', { name: 'Masuk' }));
  await page.getByTestId('sign-in').waitFor();
  await page.getByTestId('sign-in-name').focus();
  await page.keyboard.type(DISPATCHER.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DISPATCHER.password);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByTestId('user-menu').locator('strong').textContent())
    .toBe(DISPATCHER.name);
  await page.waitForSelector('[data-data-state="ready"]');
}

/** The routes drawn on the map now, to tell when new ones replace them. */
function routeSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const routes =
      (window as TestWindow).__siagaMap?.queryRenderedFeatures({ layers: ['routes-line'] }) ?? [];
    return JSON.stringify(routes.map((f) => f.geometry.coordinates).sort());
  });
}

/**
 * Types into the location box and takes the first suggestion with Enter; answers the milliseconds from that key
 * press to the routes of the new place drawn on the map (the Worker's closest answer), measured in the page.
 */
async function locate(page: Page, text: string): Promise<number> {
  const box = page.getByTestId('location-search');
  await box.focus();
  await box.fill('');
  await page.keyboard.type(text);
  await expect.poll(() => page.getByTestId('location-option').first().textContent(), SLOW).toContain(text);
  const before = await routeSignature(page);
  await page.evaluate(() => {
    const w = window as TestWindow & { __pickAt?: number };
    document.addEventListener('keydown', () => (w.__pickAt = performance.now()), {
      once: true,
      capture: true,
    });
  });
  await page.keyboard.press('Enter');
  const ms = await page.waitForFunction(
    (previous) => {
      const w = window as TestWindow & { __pickAt?: number };
      const routes = w.__siagaMap?.queryRenderedFeatures({ layers: ['routes-line'] }) ?? [];
      const now = JSON.stringify(routes.map((f) => f.geometry.coordinates).sort());
      if (routes.length === 0 || now === previous || w.__pickAt === undefined) return null;
      return performance.now() - w.__pickAt;
    },
    before,
    { polling: 'raf', timeout: 60_000 },
  );
  return Number(await ms.jsonValue());
}

/** Fills the new-incident form by keyboard (the location is already set). */
async function fillIncident(page: Page, title: string): Promise<void> {
  await page.getByTestId('incident-title').focus();
  await page.keyboard.type(title);
  // A closed select picks the option whose label starts with what is typed.
  await page.getByTestId('incident-type').focus();
  await page.keyboard.type('Tanah longsor');
  await expect(page.getByTestId('incident-type').inputValue()).resolves.toBe('landslide');
  await page.getByTestId('reporter-name').focus();
  await page.keyboard.type('Made Wirawan');
  await page.getByTestId('reporter-phone').focus();
  await page.keyboard.type('0812 3456 7890');
  await page.getByTestId('people-affected').focus();
  await page.keyboard.type('12');
}

/**
 * Submits the form with Enter and waits until the new incident is open with its available units ranked by
 * ETA and the routes on the map; answers the milliseconds from the key press to that, measured in the page.
 */
async function submitAndTime(page: Page): Promise<number> {
  const before = new Set(await page.getByTestId('desk-incident').allTextContents());
  await page.getByTestId('incident-submit').focus();
  await page.evaluate(() => {
    const w = window as TestWindow & { __submitAt?: number };
    document.addEventListener('keydown', () => (w.__submitAt = performance.now()), {
      once: true,
      capture: true,
    });
  });
  await page.keyboard.press('Enter');
  const ms = await page.waitForFunction(
    () => {
      const w = window as TestWindow & { __submitAt?: number };
      const view = document.querySelector('[data-testid="incident-view"]');
      if (!view?.querySelector('[data-testid="unit-option"]')) return null;
      const routes = w.__siagaMap?.queryRenderedFeatures({ layers: ['routes-line'] }).length ?? 0;
      return routes > 0 && w.__submitAt !== undefined ? performance.now() - w.__submitAt : null;
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  expect((await page.getByTestId('desk-incident').allTextContents()).length).toBe(before.size + 1);
  return Number(await ms.jsonValue());
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

describe('the dispatcher flow', () => {
  it('records an incident at Mengening, assigns the nearest unit, copies the message and closes it, by keyboard; a second screen follows live', async () => {
    const watcher = await newPage(DESKTOP);
    // The desktop side panel: wider by keyboard, hidden and shown again.
    const grip = watcher.getByTestId('sidebar-resize');
    const width = Number(await grip.getAttribute('aria-valuenow'));
    await press(grip, 'ArrowRight');
    await expect
      .poll(async () => (await watcher.locator('.sidebar').boundingBox())?.width, SLOW)
      .toBe(width + 24);
    await press(watcher.getByTestId('sidebar-toggle'));
    expect((await watcher.locator('.map-area').boundingBox())?.width).toBeGreaterThan(DESKTOP.width - 60);
    await press(watcher.getByTestId('sidebar-toggle'));
    await watcher.getByRole('tab', { name: 'Dispatch / Pusdalops' }).click();
    await watcher.getByTestId('incident-list').waitFor();

    const page = await newPage(DESKTOP);
    await signInByKeyboard(page);
    await press(page.getByRole('tab', { name: 'Dispatch / Pusdalops' }));
    await press(page.getByTestId('desk-new'));

    // Validation from the API's schema, in Bahasa Indonesia, before anything is sent.
    await press(page.getByTestId('incident-submit'));
    await expect(page.getByTestId('error-title').textContent()).resolves.toBe('Wajib diisi.');
    await expect(page.getByTestId('error-incidentType').textContent()).resolves.toBe('Pilih salah satu.');
    await expect(page.getByTestId('form-location').textContent()).resolves.toBe(
      'Tentukan lokasi kejadian dulu.',
    );
    // Focus moves on the next animation frame after the render.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('incident-title');

    const pickRuns = [await locate(page, 'Mengening')];
    await expect(page.getByTestId('form-location').textContent()).resolves.toContain('Mengening');
    await fillIncident(page, 'Pohon tumbang di Mengening');
    const createMs = await submitAndTime(page);
    const view = page.getByTestId('incident-view');
    const incidentId = await view.getAttribute('data-incident');
    expect(incidentId).toBeTruthy();
    // Keyboard focus lands on the new incident.
    // Focus moves on the next animation frame after the render.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('incident-title-shown');

    // The nearest available units, fastest first, with their routes drawn.
    const options = page.getByTestId('unit-option');
    const etas = (
      await options.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-eta-s'))))
    ).slice(0, 3);
    expect(etas.length).toBeGreaterThanOrEqual(3);
    expect([...etas].sort((a, b) => a - b)).toEqual(etas);
    await expect(options.first().textContent()).resolves.toMatch(/Tiba \d+ menit.*pukul \d\d\.\d\d WITA/);
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'routes-line')).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-1-units-id.png') });

    // The second screen sees the new incident in its list without reloading, and opens it.
    const row = watcher.locator(`[data-testid="incident-row"][data-incident="${incidentId}"]`);
    await row.waitFor({ timeout: 5_000 });
    await row.click();
    await expect.poll(() => watcher.getByTestId('status-badge').textContent(), SLOW).toBe('Dilaporkan');

    // Assign the fastest unit.
    const unitName = (await options.first().locator('strong').textContent()) ?? '';
    await press(options.first().getByTestId('assign-unit'));
    const assignment = page.getByTestId('assignment').first();
    await assignment.waitFor();
    await expect(assignment.textContent()).resolves.toContain(unitName);
    await expect.poll(() => watcher.getByTestId('assignment').count(), { timeout: 5_000 }).toBe(1);

    // The unit on its way and on scene: each step stamped, the second screen following.
    await press(assignment.getByTestId('assignment-en_route'));
    await expect.poll(() => assignment.getAttribute('data-status'), SLOW).toBe('en_route');
    await press(assignment.getByTestId('assignment-on_scene'));
    await expect.poll(() => assignment.getAttribute('data-status'), SLOW).toBe('on_scene');
    await expect
      .poll(() => watcher.getByTestId('assignment').first().getAttribute('data-status'), { timeout: 5_000 })
      .toBe('on_scene');
    await expect(assignment.textContent()).resolves.toContain('Tiba');

    // An edit is checked like a new incident, then recorded in the timeline.
    await press(page.getByRole('button', { name: 'Ubah data' }));
    const people = page.getByTestId('incident-form').getByTestId('people-affected');
    await people.focus();
    await people.fill('');
    await page.keyboard.type('dua belas');
    await press(page.getByTestId('incident-form').getByTestId('incident-submit'));
    await expect(page.getByTestId('error-peopleAffected').textContent()).resolves.toBe(
      'Tulis bilangan bulat, mis. 12.',
    );
    await people.fill('');
    await page.keyboard.type('15');
    await press(page.getByTestId('incident-form').getByTestId('incident-submit'));
    await expect.poll(() => page.getByTestId('incident-form').count(), SLOW).toBe(0);
    await expect
      .poll(() => page.getByTestId('timeline').textContent(), SLOW)
      .toContain('mengubah data kejadian');

    // The message names the desa and the unit; one key press copies it.
    const text = page.getByTestId('message-text');
    await expect.poll(() => text.textContent(), SLOW).toContain(unitName);
    const message = (await text.textContent()) ?? '';
    expect(message).toContain('Mengening');
    expect(message).toContain('Kubutambahan');
    expect(message).toMatch(/tiba sekitar pukul \d\d\.\d\d WITA/);
    await press(page.getByTestId('copy-message'));
    await expect.poll(() => page.getByTestId('copy-status').textContent(), SLOW).toBe('Pesan tersalin.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    const wa = await page.getByTestId('whatsapp-link').getAttribute('href');
    expect(wa).toBe(`https://wa.me/?text=${encodeURIComponent(message)}`);
    await page.getByTestId('dispatch-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-2-message-id.png') });

    // In English when the interface is in English.
    await press(page.getByRole('button', { name: 'English' }));
    await expect.poll(() => text.textContent(), SLOW).toContain('*INCIDENT: Pohon tumbang di Mengening*');
    await expect(text.textContent()).resolves.toContain('Units dispatched:');
    await press(page.getByRole('button', { name: 'Indonesia' }));
    await expect.poll(() => text.textContent(), SLOW).toContain('*KEJADIAN:');

    // Two chainsaws from the nearest cache that has them: its ready stock shown, the items assigned.
    await page.getByTestId('assign-item-type').focus();
    await page.keyboard.type('Gergaji');
    await expect(page.getByTestId('assign-item-type').inputValue()).resolves.toBe('chainsaw');
    await page.getByTestId('assign-item-quantity').focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('assign-item-quantity').inputValue()).resolves.toBe('2');
    await page.locator('[data-testid="item-picker"][data-current="true"]').waitFor({ timeout: 30_000 });
    const cache = page.getByTestId('cache-option').first();
    await expect.poll(() => cache.textContent(), { timeout: 30_000 }).toMatch(/\d+ siap di /);
    const ready = Number((await cache.textContent())?.match(/(\d+) siap/)?.[1]);
    expect(ready).toBeGreaterThanOrEqual(2);
    await press(cache.getByTestId('assign-items'));
    await expect.poll(() => page.getByTestId('assignment').count(), SLOW).toBe(2);
    await expect(page.getByTestId('assignment').nth(1).textContent()).resolves.toContain('2 × Gergaji mesin');
    await expect.poll(() => text.textContent(), SLOW).toContain('Gergaji mesin');

    // The printed sheet: a route map, directions and the reporter's contact.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('#root').isVisible()).toBe(false);
    await expect(sheet.textContent()).resolves.toContain('0812 3456 7890');
    expect(await sheet.locator('svg path').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-3-print-sheet-id.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Only the workflow's next statuses are offered; move it to selesai.
    const offered = await page
      .locator('[data-testid="incident-status"] button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(offered).toEqual(['verified', 'responding', 'cancelled']);
    await press(page.getByTestId('status-responding'));
    await expect
      .poll(() => watcher.getByTestId('status-badge').textContent(), { timeout: 5_000 })
      .toBe('Ditangani');
    await press(page.getByTestId('status-resolved'));
    await expect.poll(() => page.getByTestId('status-badge').textContent(), SLOW).toBe('Selesai');
    await expect
      .poll(() => watcher.getByTestId('status-badge').textContent(), { timeout: 5_000 })
      .toBe('Selesai');
    expect(await page.locator('[data-testid="incident-status"] button').count()).toBe(0);
    // Closing cleared the assignment, and the timeline tells who did what.
    await expect
      .poll(() => page.getByTestId('assignment').first().getAttribute('data-status'))
      .toBe('cleared');
    const timeline = (await page.getByTestId('timeline').textContent()) ?? '';
    expect(timeline).toContain(`${DISPATCHER.name} mencatat kejadian (Dilaporkan)`);
    expect(timeline).toContain(`${DISPATCHER.name} menugaskan ${unitName}`);
    expect(timeline).toContain('Ditangani → Selesai');
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-4-resolved-id.png') });
    await watcher.screenshot({ path: join(SCREENSHOTS, 'dispatch-5-second-screen-id.png') });

    // More incidents for the timing: from Enter on "Catat kejadian" to the units ranked and the routes drawn.
    const runs = [createMs];
    for (const place of TIMING_PLACES) {
      await press(page.getByTestId('desk-new'));
      pickRuns.push(await locate(page, place));
      await fillIncident(page, `Latihan ${place}`);
      runs.push(await submitAndTime(page));
    }
    // Several incidents are open side by side.
    expect(await page.getByTestId('desk-incident').count()).toBe(1 + TIMING_PLACES.length);
    const figures = {
      submitToUnitsAndRoutesMs: runs.map((m) => Math.round(m)),
      submitMedianMs: Math.round(median(runs)),
      placeToRoutesMs: pickRuns.map((m) => Math.round(m)),
      placeMedianMs: Math.round(median(pickRuns)),
    };
    // One key a line, the runs on it, as Biome formats JSON (the file lies inside the checked tree).
    const lines = Object.entries(figures).map(
      ([k, v]) => `  "${k}": ${JSON.stringify(v).replaceAll(',', ', ')}`,
    );
    await writeFile(join(SCREENSHOTS, 'dispatch_timing.json'), `{\n${lines.join(',\n')}\n}\n`);
    console.log(`dispatch timings (ms): ${JSON.stringify(figures)}`);
  });

  it('works on a phone: the map fills the screen, the panel is a bottom sheet with large targets', async () => {
    const page = await newPage(PHONE);
    const map = await page.locator('.map-area').boundingBox();
    expect(map?.width).toBe(PHONE.width);
    expect((map?.y ?? 0) + (map?.height ?? 0)).toBeCloseTo(PHONE.height, 0);
    await expect(page.locator('.app__body').getAttribute('data-sheet')).resolves.toBe('collapsed');
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-1-collapsed-id.png') });

    await page.getByTestId('user-menu').getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('sign-in-name').fill(DISPATCHER.name);
    await page.getByTestId('sign-in-password').fill(DISPATCHER.password);
    await page.getByTestId('sign-in').getByRole('button', { name: 'Masuk' }).click();
    await expect
      .poll(() => page.getByTestId('user-menu').locator('strong').textContent())
      .toBe(DISPATCHER.name);
    await page.getByRole('tab', { name: 'Dispatch / Pusdalops' }).click();
    await expect(page.locator('.app__body').getAttribute('data-sheet')).resolves.toBe('half');
    await page.locator('[data-sheet-mode="full"]').click();
    await expect(page.locator('.app__body').getAttribute('data-sheet')).resolves.toBe('full');

    await page.getByTestId('desk-new').click();
    // Placing on the map lowers the sheet out of the way; Escape ends it and the sheet comes back.
    await page.getByTestId('pick-incident').click();
    await expect.poll(() => page.locator('.app__body').getAttribute('data-sheet'), SLOW).toBe('collapsed');
    // The sheet slides (0.18 s); let it settle before the picture.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-2a-placing-id.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app__body').getAttribute('data-sheet'), SLOW).toBe('full');
    await locate(page, 'Mengening');
    await page.getByTestId('incident-title').fill('Banjir di Mengening');
    await page.getByTestId('incident-type').selectOption('flood');
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-2-form-id.png') });
    await page.getByTestId('incident-submit').click();
    await page.getByTestId('unit-option').first().waitFor({ timeout: 30_000 });

    // Every control in the sheet is a touch target of at least 44 px, and nothing leaves the screen.
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.sidebar button, .sidebar select, .sidebar input, .sidebar a'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0 && r.height < 44)
        .map(({ el, r }) => `${el.tagName} ${el.textContent?.trim().slice(0, 30)} ${Math.round(r.height)}px`),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-3-units-id.png') });

    await page.getByTestId('assign-unit').first().click();
    await page.getByTestId('assignment').first().waitFor();
    await page.getByTestId('copy-message').click();
    await expect.poll(() => page.getByTestId('copy-status').textContent(), SLOW).toBe('Pesan tersalin.');
    await expect(page.getByTestId('message-text').textContent()).resolves.toContain('Mengening');
    await page.getByTestId('dispatch-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-4-message-id.png') });

    // Half height: the routes show above the sheet, the zoom buttons stay clear of it.
    await page.locator('[data-sheet-mode="half"]').click();
    await page.getByTestId('status-responding').click();
    await expect.poll(() => page.getByTestId('status-badge').textContent(), SLOW).toBe('Ditangani');
    await page.getByTestId('status-resolved').click();
    await expect.poll(() => page.getByTestId('status-badge').textContent(), SLOW).toBe('Selesai');
    await waitForMapIdle(page);
    const sheet = await page.locator('.sidebar').boundingBox();
    const zoom = await page.locator('.maplibregl-ctrl-bottom-right').boundingBox();
    expect((zoom?.y ?? 0) + (zoom?.height ?? 0)).toBeLessThanOrEqual((sheet?.y ?? 0) + 1);
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-5-resolved-id.png') });

    // Every tab works in the sheet.
    for (const tab of ['Peta', 'Perencanaan', 'Riwayat'] as const) {
      await page.getByRole('tab', { name: tab }).click();
      const box = await page.locator('.sidebar').boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height + 1);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'dispatch-phone-6-riwayat-id.png') });
  });
});
