import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  jumpTo,
  localContext,
  openApp,
  renderedCount,
  SCREENSHOTS,
  screenAt,
  waitForMapIdle,
} from './support/browser_harness.ts';
import { type OpenContext, offlineSession } from './support/offline_session.ts';

/** An English context that refuses and records every request leaving the machine. */
const englishContext: OpenContext = async (browser, viewport) => {
  const outside: string[] = [];
  return { context: await localContext(browser, viewport, outside), outside };
};

const session = offlineSession([], englishContext);

async function openDispatch(viewport: { width: number; height: number }): Promise<Page> {
  const page = await session.newPage(viewport);
  await openApp(page, session.url);
  await page.getByRole('tab', { name: 'Dispatch / Pusdalops' }).click();
  return page;
}

const now = (page: Page) => page.getByTestId('incident-now').textContent();
const box = (page: Page) => page.getByTestId('location-search');

describe('the dispatcher’s location box', () => {
  it('finds Mengening by keyboard, reads LS/BT, ignores stray clicks, places on the map as a step, and undoes', async () => {
    const page = await openDispatch({ width: 1440, height: 900 });
    await jumpTo(page, [115.2, -8.14], 11);

    // Placing is off by default: a stray click on the map places nothing.
    await expect(page.getByTestId('pick-incident').getAttribute('aria-pressed')).resolves.toBe('false');
    const stray = await screenAt(page, [115.15, -8.2]);
    await page.mouse.click(stray.x, stray.y);
    await expect(page.getByTestId('incident-now').count()).resolves.toBe(0);

    // Misspelt, picked with the arrows and Enter.
    await box(page).focus();
    await page.keyboard.type('Mengenig');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('true');
    const firstOption = page.getByTestId('location-option').first();
    await expect(firstOption.textContent()).resolves.toContain('Mengening');
    await expect(firstOption.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(firstOption.getAttribute('aria-selected')).resolves.toBe('false');
    await page.keyboard.press('ArrowUp');
    await expect(box(page).getAttribute('aria-activedescendant')).resolves.toBe(
      await firstOption.getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(now(page)).resolves.toContain('Kejadian di Mengening');
    await expect(page.getByTestId('incident-where').textContent()).resolves.toBe(
      'Desa Mengening · Kec. Kubutambahan',
    );
    await page.getByTestId('route-post').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'routes-line')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'incident-circle')).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'gazetteer-1440-mengening-id.png') });

    // Another stray click (select tool) does not move the incident.
    await page.mouse.click(stray.x, stray.y);
    await expect(now(page)).resolves.toContain('Kejadian di Mengening');

    // The Indonesian LS/BT form, with the list showing its desa before Enter.
    await box(page).fill(`8°10'16" LS 115°10'44" BT`);
    const point = page.getByTestId('location-option').first();
    await expect(point.getAttribute('data-kind')).resolves.toBe('coordinates');
    await expect(point.textContent()).resolves.toMatch(/-8,17111; 115,17889.*Kec\. /);
    await page.screenshot({ path: join(SCREENSHOTS, 'gazetteer-1440-lsbt-id.png') });
    await page.keyboard.press('Enter');
    await expect(now(page)).resolves.toContain('Kejadian di -8,17111; 115,17889');
    await expect(page.getByTestId('incident-where').textContent()).resolves.toMatch(
      /^(Desa|Kelurahan) .+ · Kec\. /,
    );

    // Swapped latitude and longitude: the fix is offered, Enter alone takes nothing.
    await box(page).fill('115.242, -8.158');
    await expect(page.getByTestId('location-message').textContent()).resolves.toContain('bukan lintang');
    await expect(page.getByTestId('location-option').first().getAttribute('data-fix')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await expect(now(page)).resolves.toContain('-8,17111; 115,17889');
    await page.keyboard.press('Escape');

    // Placing on the map is an explicit step: crosshair, Escape cancels, one click places, then it is over.
    const pick = page.getByTestId('pick-incident');
    await pick.click();
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('true');
    const cursor = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('.maplibregl-canvas-container') as Element).cursor,
      );
    await expect(cursor()).resolves.toBe('crosshair');
    await page.keyboard.press('Escape');
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.mouse.click(stray.x, stray.y);
    await expect(now(page)).resolves.toContain('-8,17111; 115,17889');

    // The map has flown to the LS/BT point's routes, which leave this point just off screen (the side panel and
    // the details card left open by the stray click narrow the map): look there first, as a dispatcher would.
    await jumpTo(page, [115.242, -8.158], 12);
    await pick.click();
    const target = await screenAt(page, [115.242, -8.158]);
    await expect(
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, target),
      'the map is what lies under the click',
    ).resolves.toBe('maplibregl-canvas');
    await page.mouse.click(target.x, target.y);
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect.poll(() => now(page)).toMatch(/Kejadian di -8,15\d+; 115,24\d+/);
    await expect(box(page).inputValue()).resolves.toBe('');
    await expect(page.getByTestId('incident-where').textContent()).resolves.toBe(
      'Desa Mengening · Kec. Kubutambahan',
    );
    await page.mouse.click(stray.x, stray.y);
    await expect(now(page)).resolves.toMatch(/-8,15\d+; 115,24\d+/);

    // Undo walks back through the placements: the LS/BT point, then Mengening.
    await page.getByTestId('location-undo').click();
    await expect(now(page)).resolves.toContain('-8,17111; 115,17889');
    await page.getByTestId('location-undo').click();
    await expect(now(page)).resolves.toContain('Kejadian di Mengening');
    await page.locator('[data-testid="closest-results"][data-status="ready"]').waitFor();
  });

  it('works at phone size, and finds posts, caches, places and roads', async () => {
    const page = await openDispatch({ width: 390, height: 844 });
    for (const [query, kind, title] of [
      ['Lovina', 'place', 'Lovina'],
      ['Kelurahan Banyuasri', 'kelurahan', 'Banyuasri'],
      ['pos damkar sawan', 'post', 'Pos Damkar Sawan'],
      ['gudang logistik bpbd', 'cache', 'Gudang Logistik BPBD Buleleng'],
      ['Jl. Ahmad Yani', 'road', 'Jalan Ahmad Yani'],
    ] as const) {
      await box(page).fill(query);
      const first = page.getByTestId('location-option').first();
      await expect(first.getAttribute('data-kind'), query).resolves.toBe(kind);
      await expect(first.locator('.location-list__title').textContent(), query).resolves.toBe(title);
    }
    await box(page).fill('Singaraja');
    await page.getByTestId('location-option').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'gazetteer-390-singaraja-id.png') });
    await page.keyboard.press('Enter');
    await expect(now(page)).resolves.toContain('Kejadian di Singaraja');
    await expect(page.getByTestId('incident-where').textContent()).resolves.toBe(
      'Kelurahan Kampung Singaraja · Kec. Buleleng',
    );
    await page.getByTestId('route-post').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'gazetteer-390-placed-id.png') });
  });

  it('says from the stored land whether a point is at sea or on land outside the kabupaten', async () => {
    const page = await openDispatch({ width: 1366, height: 768 });
    // Typed, beyond the working area in the Bali Sea: refused, and said to be at sea.
    await box(page).fill('-7.9, 115.1');
    await expect(page.getByTestId('location-message').textContent()).resolves.toMatch(
      /Di laut, tanpa desa \(\d+(,\d)? km dari pantai\)/,
    );
    // Typed, on land south of Bali's mountains: outside the kabupaten, not at sea.
    await box(page).fill('-8.65, 115.216');
    await expect(page.getByTestId('location-message').textContent()).resolves.toMatch(
      /Di luar Kabupaten Buleleng \(/,
    );
    // Placed on the map just off the north coast: at sea, some hundred metres from the coast.
    await box(page).fill('');
    await jumpTo(page, [115.1, -8.09], 12);
    const pick = page.getByTestId('pick-incident');
    await pick.click();
    await expect(pick.getAttribute('aria-pressed')).resolves.toBe('true');
    const offshore = await screenAt(page, [115.1, -8.085]);
    await page.mouse.click(offshore.x, offshore.y);
    await expect
      .poll(() => page.getByTestId('incident-where').textContent())
      .toMatch(/^Di laut, tanpa desa \(\d+ m dari pantai\)$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'gazetteer-1366-sea-id.png') });
  });
});
