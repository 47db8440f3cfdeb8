import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  inView,
  mapZoom,
  openApp,
  rendered,
  SCREENSHOTS,
  screenAt,
  signIn,
  type TestWindow,
  waitForMapIdle,
} from './support/browser_harness.ts';
import { offlineSession } from './support/offline_session.ts';

const DISPATCHER = { name: 'wayan.pusdalops', role: 'dispatcher', password: 'siaga-selalu-2026' } as const;
/** Desa Mengening, Kec. Kubutambahan. */
const MENGENING: [number, number] = [115.242, -8.158];

const session = offlineSession([DISPATCHER]);

/** Opens the dispatcher's tab signed in and places the incident at Mengening: "place on the map", then a click at the map's own zoom. */
async function incidentAtMengening(page: Page): Promise<number> {
  await openApp(page, session.url);
  await signIn(page, DISPATCHER);
  await page.getByRole('tab', { name: 'Dispatch / Pusdalops' }).click();
  const startZoom = await mapZoom(page);
  await page.getByTestId('pick-incident').click();
  const at = await screenAt(page, MENGENING);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('route-post').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
  await page.waitForFunction(() => (window as TestWindow).__siagaMap?.isMoving() === false);
  await waitForMapIdle(page);
  return startZoom;
}

describe('dispatcher route cards', () => {
  it('flies to the routes, shows ETA clock times and turns, highlights a card’s route, and reroutes around a closure placed at normal zoom', async () => {
    const page = await session.newPage({ width: 1440, height: 900 });
    const startZoom = await incidentAtMengening(page);
    // The map flew in to the incident and its routes.
    expect(await mapZoom(page)).toBeGreaterThan(startZoom);
    expect(await inView(page, MENGENING)).toBe(true);
    const zoom = await mapZoom(page);

    // ETA as a duration and as a WITA clock time.
    const first = page.getByTestId('route-post').first();
    await expect(first.locator('.route-list__eta').textContent()).resolves.toMatch(/Tiba \d+ menit/);
    await expect(first.getByTestId('eta-clock').textContent()).resolves.toMatch(/pukul \d{2}[.:]\d{2} WITA/);

    // Directions with turns and the distance to the next one.
    await first.locator('summary').click();
    const actions = await page
      .locator('[data-testid="route-post"] [data-testid="route-step"]')
      .allTextContents();
    expect(actions.join('\n')).toMatch(/(Belok|Serong) (tajam ke )?(kiri|kanan) ke .+lurus \d/);
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-1440-directions.png') });

    // Pointing at the second card brings its route forward; the others dim.
    const second = page.getByTestId('route-post').nth(1);
    const secondId = await second.getAttribute('data-route-id');
    await second.hover();
    await expect.poll(() => second.getAttribute('data-focus')).toBe('true');
    await waitForMapIdle(page);
    const lines = await rendered(page, 'routes-line');
    const focused = lines.filter((f) => f.properties.focus === true).map((f) => f.properties.id);
    expect(new Set(focused)).toEqual(new Set([secondId]));
    expect(lines.filter((f) => f.properties.id !== secondId).every((f) => f.properties.dim === true)).toBe(
      true,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-1440-highlight.png') });
    await page.mouse.move(5, 890);

    // Close the road in the middle of the fastest route, at the zoom the map flew to.
    const beforeEta = Number(await first.getAttribute('data-eta-s'));
    const beforeFacility = await first.getAttribute('data-facility');
    const firstId = await first.getAttribute('data-route-id');
    const middle = (await rendered(page, 'routes-line'))
      .filter((f) => f.properties.id === firstId)
      .map((f) => f.geometry.coordinates as [number, number][])
      .sort((a, b) => b.length - a.length)[0];
    const point = middle?.[Math.floor(middle.length / 2)];
    expect(point).toBeDefined();
    if (point === undefined) return;
    await page.getByTestId('add-closure').click();
    const c = await screenAt(page, point);
    // A few pixels beside the line: picked by screen distance, not by 25 m on the ground.
    await page.mouse.click(c.x + 3, c.y + 2);
    expect(await mapZoom(page)).toBeCloseTo(zoom, 6);
    const item = page.locator('[data-testid="closure-list"] li').first();
    await expect.poll(() => item.textContent()).toMatch(/ditutup/);
    await expect.poll(() => item.locator('[data-stored]').getAttribute('data-stored')).toBe('true');
    await expect
      .poll(async () => Number(await page.getByTestId('closed-links').getAttribute('data-n')))
      .toBeGreaterThan(0);
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
    const after = page.getByTestId('route-post').first();
    if ((await page.getByTestId('route-post').count()) > 0) {
      const afterEta = Number(await after.getAttribute('data-eta-s'));
      expect(afterEta > beforeEta || (await after.getAttribute('data-facility')) !== beforeFacility).toBe(
        true,
      );
    } else {
      await page.getByTestId('cut-off').waitFor();
    }
    const stored = await page.evaluate(async () => (await fetch('/api/closures')).json());
    expect(stored.features).toHaveLength(1);
    expect(stored.features[0].properties.roadName).not.toBeNull();
    await waitForMapIdle(page);
    expect((await rendered(page, 'closures-circle')).length).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-1440-closure.png') });

    // An equipment requirement of several items: one cache or the fastest combination.
    for (const [type, n] of [
      ['chainsaw', '2'],
      ['generator', '1'],
      ['tent', '10'],
    ] as const) {
      await page.getByTestId('requirement-item').selectOption(type);
      await page.getByTestId('requirement-quantity').fill(n);
      await page.getByTestId('requirement-add').click();
    }
    const result = page.getByTestId('requirement-result');
    await result.waitFor();
    await expect(result.getAttribute('data-outcome')).resolves.toMatch(/one_cache|combination|short/);
    await result.scrollIntoViewIfNeeded();
    await expect(page.getByTestId('cache-ready').first().textContent()).resolves.toMatch(
      /\d+ dari \d+ .+ siap pakai/,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-1440-requirement.png') });
  });

  it('works on a phone: the cards, the ETA clock and the flight to the routes', async () => {
    const page = await session.newPage({ width: 390, height: 844 });
    await incidentAtMengening(page);
    expect(await inView(page, MENGENING)).toBe(true);
    await expect(page.getByTestId('eta-clock').first().textContent()).resolves.toMatch(/WITA/);
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-390-map.png') });
    await page.getByTestId('route-post').first().scrollIntoViewIfNeeded();
    await page.getByTestId('route-post').first().locator('summary').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'route-cards-390-cards.png') });
  });
});
