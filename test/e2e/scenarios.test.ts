import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  renderedCount,
  SCREENSHOTS,
  screenAt,
  showPlanner,
  waitForMapIdle,
} from './support/browser_harness.ts';
import { offlineSession } from './support/offline_session.ts';
import { PLANNER, plannerPage } from './support/planner_session.ts';

/** On land west of Singaraja, and east of it: two candidate sites. */
const WEST: [number, number] = [115.15, -8.25];
// Inside the real (OSM) kabupaten: the border runs north of -8.2 at 115.25.
const EAST: [number, number] = [115.22, -8.17];

const session = offlineSession([PLANNER]);

async function addCandidate(page: Page, at: [number, number]): Promise<void> {
  const before = await page.locator('[data-testid="candidate-list"] li').count();
  await page.getByTestId('add-candidate').click();
  const p = await screenAt(page, at);
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(before + 1);
  await page.getByTestId('add-candidate').click();
  await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor({ timeout: 60_000 });
}

async function saveScenario(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-name').fill(name);
  await page.getByTestId('scenario-save').click();
  await page.locator(`[data-testid="scenario-list"] li[data-name="${name}"]`).waitFor();
  await expect(page.getByTestId('scenario-message').textContent()).resolves.toBe(`Tersimpan: ${name}`);
}

const scenario = (page: Page, name: string) =>
  page.locator(`[data-testid="scenario-list"] li[data-name="${name}"]`);

describe('saved planner scenarios', () => {
  it('switches a post off, saves A and B, compares them, and opens A again after a reload', async () => {
    const page = await plannerPage(session, { width: 1440, height: 900 });
    await addCandidate(page, WEST);

    // What if a post closes for repairs: the loss shows against today's posts, and undo brings it back.
    const pick = page.getByTestId('switch-off-pick');
    const postName = (await pick.locator('option').nth(1).textContent()) ?? '';
    await pick.selectOption({ index: 1 });
    await page.getByTestId('switch-off').click();
    await expect(page.locator('[data-testid="switched-off-list"] li').textContent()).resolves.toContain(
      postName,
    );
    await page.locator('[data-testid="coverage-kpis"][data-status="ready"]').waitFor({ timeout: 60_000 });
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'switched-off-ring')).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid="kecamatan-table"] .delta[data-good="false"]').count())
      .toBeGreaterThan(0);
    await page.getByTestId('plan-undo').click();
    await expect.poll(() => page.locator('[data-testid="switched-off-list"] li').count()).toBe(0);
    await page.getByTestId('plan-redo').click();
    await expect.poll(() => page.locator('[data-testid="switched-off-list"] li').count()).toBe(1);

    await saveScenario(page, 'Skenario A');
    await expect(scenario(page, 'Skenario A').textContent()).resolves.toContain('1 kandidat, 1 pos nonaktif');
    await page.locator('[data-testid="switched-off-list"] button').click();
    await addCandidate(page, EAST);
    await saveScenario(page, 'Skenario B');

    await page.getByTestId('compare-a').selectOption({ label: 'Skenario A' });
    await page.getByTestId('compare-b').selectOption({ label: 'Skenario B' });
    await page.getByTestId('compare-run').click();
    await page.locator('[data-testid="scenario-compare"][data-status="ready"]').waitFor({ timeout: 60_000 });
    const rows = page.locator('[data-testid="compare-table"] tbody tr');
    await expect(rows.count()).resolves.toBeGreaterThan(2);
    const total = (await rows.first().textContent()) ?? '';
    expect(total).toContain('Kabupaten');
    expect(total).toMatch(/\+\d/);
    await waitForMapIdle(page);
    // Both scenarios' candidates (A: 1, B: 2); A's switched-off post, A's gaps.
    expect(await renderedCount(page, 'candidates-circle')).toBe(3);
    expect(await renderedCount(page, 'switched-off-ring')).toBe(1);
    expect(await renderedCount(page, 'gaps-fill')).toBeGreaterThan(0);
    await page.getByTestId('compare-show-b').check();
    await waitForMapIdle(page);
    expect(await renderedCount(page, 'switched-off-ring')).toBe(0);
    await page.getByTestId('scenario-compare').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-1440x900.png') });

    // A reload forgets the plan; the saved scenario brings it back as one undo step.
    await page.reload();
    await page.waitForSelector('[data-data-state="ready"]', { timeout: 60_000 });
    await waitForMapIdle(page);
    await showPlanner(page);
    await expect(page.locator('[data-testid="candidate-list"] li').count()).resolves.toBe(0);
    await scenario(page, 'Skenario A').locator('[data-action="open"]').click();
    await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(1);
    await expect(page.locator('[data-testid="switched-off-list"] li').textContent()).resolves.toContain(
      postName,
    );
    await expect(scenario(page, 'Skenario A').getAttribute('data-open')).resolves.toBe('true');
    await page.getByTestId('plan-undo').click();
    await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(0);
    await page.getByTestId('plan-redo').click();
    await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(1);

    // Duplicate, rename and delete the copy.
    await scenario(page, 'Skenario A').locator('[data-action="duplicate"]').click();
    await scenario(page, 'Skenario A (2)').waitFor();
    await scenario(page, 'Skenario A (2)').locator('[data-action="rename"]').click();
    await scenario(page, 'Skenario A (2)').getByRole('textbox').fill('Salinan A');
    await scenario(page, 'Skenario A (2)').getByRole('button', { name: 'Ganti nama' }).click();
    await scenario(page, 'Salinan A').waitFor();
    await scenario(page, 'Salinan A').locator('[data-action="delete"]').click();
    await scenario(page, 'Salinan A').locator('[data-action="confirm-delete"]').click();
    await scenario(page, 'Salinan A').waitFor({ state: 'detached' });
    const csv = await page.evaluate(
      async (href) => (await fetch(href)).text(),
      (await scenario(page, 'Skenario A').locator('a', { hasText: 'CSV' }).getAttribute('href')) ?? '',
    );
    expect(csv).toContain('switched_off_post');
    expect(csv).toContain('kecamatan,');

    // The open scenario's candidate becomes a real planned post; the plan counts planned posts from now on.
    await page.getByTestId('scenario-promote-run').click();
    await expect.poll(() => page.locator('[data-testid="candidate-list"] li').count()).toBe(0);
    await expect(page.getByTestId('scenario-message').textContent()).resolves.toBe(
      'Pos rencana dibuat: Skenario A K1',
    );
    await expect(page.locator('input[data-status="planned"]').isChecked()).resolves.toBe(true);
  }, 240_000);

  it('fits a phone (390 x 844)', async () => {
    const page = await plannerPage(session, { width: 390, height: 844 });
    await page.getByTestId('compare-a').selectOption({ label: 'Skenario A' });
    await page.getByTestId('compare-b').selectOption({ label: 'Skenario B' });
    await page.getByTestId('compare-run').click();
    await page.locator('[data-testid="scenario-compare"][data-status="ready"]').waitFor({ timeout: 60_000 });
    const section = page.getByTestId('scenarios');
    await section.scrollIntoViewIfNeeded();
    const box = await section.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.getByTestId('scenario-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-390x844-list.png') });
    await page.getByTestId('compare-table').scrollIntoViewIfNeeded();
    const table = await page.getByTestId('compare-table').boundingBox();
    expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'scenarios-390x844-compare.png') });
  }, 180_000);
});
