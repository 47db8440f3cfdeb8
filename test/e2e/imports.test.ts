import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, SCREENSHOTS, signIn, type TestUser } from './support/browser_harness.ts';
import { offlineSession } from './support/offline_session.ts';

const ADMIN: TestUser = { name: 'admin-impor', role: 'admin', password: 'kata-sandi-admin-impor' };
const PLANNER: TestUser = { name: 'perencana-impor', role: 'planner', password: 'kata-sandi-perencana' };

/** A spreadsheet export: BOM, ";" between cells, Indonesian thousands, a refused line of another kabupaten. */
const CSV =
  '\uFEFFKode Kemendagri;Kecamatan;Jumlah Penduduk 2024\n' +
  '51.08.03;Busungbiu;55.123\n' +
  '510809;Tejakula;"76.000"\n' +
  '51.71.01;Denpasar Selatan;300.000\n';

const session = offlineSession([ADMIN, PLANNER]);
const newPage = () => session.newPage({ width: 1440, height: 900 });

async function chooseFile(page: Page, text: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({
    name: 'penduduk_kecamatan.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

describe('admin upload page for official data', () => {
  it('is not offered to a planner', async () => {
    const page = await newPage();
    await openApp(page, session.url);
    await signIn(page, PLANNER);
    await expect(page.getByRole('tab', { name: 'Impor data' }).count()).resolves.toBe(0);
  });

  it('checks a population file first (dry run), then imports it with the refused line skipped', async () => {
    const page = await newPage();
    await openApp(page, session.url);
    await signIn(page, ADMIN);
    await page.getByRole('tab', { name: 'Impor data' }).click();
    await page.getByTestId('import-panel').waitFor();
    await expect(page.getByTestId('import-run').isDisabled()).resolves.toBe(true);
    await chooseFile(page, CSV);

    await page.getByTestId('import-dry-run').click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.getAttribute('data-written')).resolves.toBe('false');
    await expect(page.getByTestId('import-counts').textContent()).resolves.toContain(
      '3 baris · 2 diambil · 3 diperbaiki · 1 ditolak',
    );
    await expect(page.getByTestId('import-refused').textContent()).resolves.toMatch(
      /Baris 4.*51\.71\.01 belongs to another kabupaten/,
    );

    // Without skipping, the refused line stops the import: nothing is written.
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-error').waitFor();
    await expect(page.getByTestId('import-error').textContent()).resolves.toMatch(/tidak ada yang disimpan/);

    await page.getByText('Ambil baris yang baik walau ada baris ditolak').click();
    await page.getByTestId('import-dry-run').click();
    await report.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'imports-dry-run-1440x900.png') });
    await page.getByTestId('import-run').click();
    await page.locator('[data-testid="import-report"][data-written="true"]').waitFor();
    await expect(report.textContent()).resolves.toContain('Impor selesai: data tersimpan');
    await page.screenshot({ path: join(SCREENSHOTS, 'imports-done-1440x900.png') });

    const populations = await page.evaluate(async () => {
      const of = async (code: string) =>
        ((await (await fetch(`/api/admin-areas/${code}`)).json()) as { properties: { population: number } })
          .properties.population;
      return [await of('51.08.03'), await of('51.08.09')];
    });
    expect(populations).toEqual([55123, 76000]);
  });
});
