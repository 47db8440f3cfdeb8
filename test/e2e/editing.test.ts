import { join } from 'node:path';
import type { CacheFeature, HazardZoneFeature, PostFeature } from '@siaga/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  jumpTo,
  offlineContext,
  openApp,
  SCREENSHOTS,
  screenAt,
  signIn,
  startHarness,
  waitForMapIdle,
} from './support/browser_harness.ts';

/**
 * Editing through the app's forms as admin: a post renamed and moved by dragging, stock received into a cache
 * and an item's inspection date changed, a hazard zone drawn and its level changed, and a post changed through
 * the API between opening the form and saving, which opens the conflict dialog.
 */

const ADMIN = { name: 'putu.admin', role: 'admin', password: 'ubah-data-aman-9' } as const;
let h: Harness;

beforeAll(async () => {
  h = await startHarness([ADMIN]);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${h.server.url}${path}`)).json()) as T;
}

/** The point farthest from every other point of the list, so a click there hits it alone. */
function loneliest<F extends { geometry: { coordinates: [number, number, ...number[]] } }>(
  features: F[],
  others: F[] = features,
): F {
  const gap = (f: F) =>
    Math.min(
      ...others
        .filter((o) => o !== f)
        .map((o) =>
          Math.hypot(
            o.geometry.coordinates[0] - f.geometry.coordinates[0],
            o.geometry.coordinates[1] - f.geometry.coordinates[1],
          ),
        ),
    );
  const [first] = [...features].sort((a, b) => gap(b) - gap(a));
  if (!first) throw new Error('nothing to pick');
  return first;
}

async function openAt(page: Page, at: [number, number], kind: string): Promise<void> {
  await jumpTo(page, at, 16);
  const p = await screenAt(page, at);
  await page.mouse.click(p.x, p.y);
  await page.locator(`[data-testid="details-panel"] article[data-kind="${kind}"]`).waitFor();
}

/** A PATCH through the page's own session (as another screen would), with the session's CSRF token. */
async function patchThroughApi(page: Page, path: string, body: unknown): Promise<void> {
  await page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`PATCH ${path}: ${res.status}`);
    },
    { path, body },
  );
}

describe('editing in the app', () => {
  it('edits a post, a stock item and a hazard zone through the forms', async () => {
    const { context, outside } = await offlineContext(h.browser, { width: 1440, height: 900 });
    const page = await context.newPage();
    await openApp(page, h.server.url);
    await signIn(page, ADMIN);

    // A post: renamed, moved by dragging its marker in "Pindahkan" mode, saved with If-Match.
    const posts = (await api<{ features: PostFeature[] }>('/api/posts')).features;
    const post = loneliest(posts);
    const at = post.geometry.coordinates as [number, number];
    await openAt(page, at, 'post');
    await page.getByTestId('edit-record').click();
    const form = page.getByTestId('post-form');
    await form.waitFor();
    await page.locator('#edit-name').fill('');
    await page.getByTestId('form-save').click();
    await expect(form.locator('[data-field="name"] .field__error').textContent()).resolves.toBe(
      'Wajib diisi',
    );
    // Focus moves to the first invalid field, not to the shape controls above it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-name');
    const newName = `${post.properties.name} (diperbarui)`;
    await page.locator('#edit-name').fill(newName);
    await page.getByTestId('shape-move').click();
    await waitForMapIdle(page);
    const from = await screenAt(page, at);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 6 });
    await page.mouse.move(from.x + 80, from.y + 60, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByTestId('shape-status').textContent()).resolves.toMatch(/Lokasi baru/);
    await waitForMapIdle(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'editing-post-move-1440.png') });
    await page.getByTestId('form-save').click();
    await page.locator('[data-testid="details-panel"] h2', { hasText: newName }).waitFor();
    const moved = await api<PostFeature>(`/api/posts/${post.properties.id}`);
    expect(moved.properties.name).toBe(newName);
    expect(moved.geometry.coordinates[0]).toBeGreaterThan(at[0] + 0.0003);
    expect(moved.geometry.coordinates[1]).toBeLessThan(at[1] - 0.0003);

    // A conflict: the post changes through the API between opening the form and saving.
    await page.getByTestId('edit-record').click();
    await page.locator('#edit-notes').fill('Dicek ulang di lapangan');
    await patchThroughApi(page, `/api/posts/${post.properties.id}`, { properties: { staff: 17 } });
    await page.getByTestId('form-save').click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'editing-conflict-1440.png') });
    await dialog.getByRole('button', { name: 'Terapkan lagi' }).click();
    await page.getByTestId('details-panel').waitFor();
    await expect
      .poll(async () => (await api<PostFeature>(`/api/posts/${post.properties.id}`)).properties.notes)
      .toBe('Dicek ulang di lapangan');
    expect((await api<PostFeature>(`/api/posts/${post.properties.id}`)).properties.staff).toBe(17);

    // Stock: receive 5 into a cache item, then change the item's inspection date.
    const caches = (await api<{ features: CacheFeature[] }>('/api/caches')).features;
    const stocked = caches.filter((c) => c.properties.items.length > 0);
    const everything = [...stocked, ...(posts as unknown as CacheFeature[])];
    const cache = loneliest(stocked, everything);
    const [item] = cache.properties.items;
    if (item === undefined) throw new Error('no stocked cache');
    await page.locator('.details__close').click();
    await openAt(page, cache.geometry.coordinates as [number, number], 'cache');
    const stock = page.getByTestId('stock-form');
    await stock.locator('#edit-itemType').selectOption(item.itemType);
    await stock.locator('#edit-condition').selectOption(item.condition);
    await stock.locator('#edit-quantity').fill('5');
    await stock.locator('#edit-reason').fill('Bantuan BNPB');
    await page.getByTestId('stock-apply').click();
    await expect.poll(() => page.getByTestId('stock-message').textContent()).toBe('Stok dicatat');
    const afterReceive = await api<CacheFeature>(`/api/caches/${cache.properties.id}`);
    expect(afterReceive.properties.items.find((i) => i.id === item.id)?.quantity).toBe(item.quantity + 5);
    await page.getByTestId('item-pick').selectOption(item.id);
    await page.getByTestId('item-form').locator('#edit-lastInspected').fill('2026-11-20');
    await page.getByTestId('item-save').click();
    await expect
      .poll(
        async () =>
          (await api<CacheFeature>(`/api/caches/${cache.properties.id}`)).properties.items.find(
            (i) => i.id === item.id,
          )?.lastInspected,
      )
      .toBe('2026-11-20');
    await page.screenshot({ path: join(SCREENSHOTS, 'editing-stock-1440.png') });

    // A hazard zone: drawn corner by corner, then its level changed.
    await page.locator('.details__close').click();
    await jumpTo(page, at, 14);
    await page.getByTestId('add-hazard-zone').click();
    await page.getByTestId('hazardZone-form').waitFor();
    const c = await screenAt(page, at);
    for (const [dx, dy] of [
      [-90, -70],
      [90, -70],
      [110, 60],
      [-80, 80],
    ] as const) {
      await page.mouse.click(c.x + dx, c.y + dy);
      await page.waitForTimeout(350);
    }
    await expect(page.getByTestId('shape-status').textContent()).resolves.toBe('4 titik sudut');
    await page.locator('#edit-name').fill('Zona uji banjir');
    await page.locator('#edit-hazardType').selectOption('flood');
    await page.locator('#edit-level').selectOption('rendah');
    await page.locator('#edit-source').fill('Survei BPBD');
    await waitForMapIdle(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'editing-zone-draw-1440.png') });
    await page.getByTestId('form-save').click();
    await page
      .locator('[data-testid="details-panel"] article[data-kind="hazardZone"] h2', {
        hasText: 'Zona uji banjir',
      })
      .waitFor();
    await page.getByTestId('edit-record').click();
    await page.locator('#edit-level').selectOption('tinggi');
    await page.getByTestId('form-save').click();
    await page.locator('[data-testid="details-panel"] .badge--tinggi').waitFor();
    const zones = (await api<{ features: HazardZoneFeature[] }>('/api/hazard-zones')).features;
    const zone = zones.find((z) => z.properties.name === 'Zona uji banjir');
    expect(zone?.properties.level).toBe('tinggi');
    expect(zone?.properties.source).toBe('Survei BPBD');

    // A unit added to the post from its details card.
    await page.locator('.details__close').click();
    await openAt(page, moved.geometry.coordinates as [number, number], 'post');
    await page.getByTestId('add-unit').click();
    const unitForm = page.getByTestId('unit-form');
    await unitForm.locator('#edit-callSign').fill('Damkar Gerokgak 2');
    await unitForm.locator('#edit-unitType').selectOption('water_tanker');
    await unitForm.locator('#edit-crew').fill('4');
    await page.getByTestId('unit-save').click();
    await page.getByTestId('post-units').getByText('Damkar Gerokgak 2').waitFor();
    const units = await api<{ units: Array<{ callSign: string; unitType: string }> }>(
      `/api/units?postId=${post.properties.id}`,
    );
    expect(units.units.find((u) => u.callSign === 'Damkar Gerokgak 2')?.unitType).toBe('water_tanker');

    // The phone layout, in English: the new-post form over the map, its messages in the chosen language.
    const phone = await offlineContext(h.browser, { width: 390, height: 844 });
    const small = await phone.context.newPage();
    await openApp(small, h.server.url);
    await signIn(small, ADMIN);
    await small.getByRole('button', { name: 'English' }).click();
    await small.getByTestId('add-post').click();
    await small.getByTestId('post-form').waitFor();
    await small.getByTestId('form-save').click();
    await small.getByTestId('form-message').waitFor();
    await expect(small.locator('[data-field="name"] .field__error').textContent()).resolves.toBe('Required');
    await small.mouse.click(195, 520);
    await expect.poll(() => small.getByTestId('shape-status').textContent()).toMatch(/^New location/);
    await waitForMapIdle(small);
    await small.screenshot({ path: join(SCREENSHOTS, 'editing-new-post-390.png') });
    await phone.context.close();
    await context.close();
    expect([...outside, ...phone.outside]).toEqual([]);
  }, 240_000);
});
