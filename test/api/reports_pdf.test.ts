import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoverageReport } from '@siaga/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true, as: 'viewer' });
const dir = mkdtempSync(join(tmpdir(), 'siaga-report-pdf-'));
afterAll(() => {
  if (process.env.SIAGA_KEEP_PDF === undefined) rmSync(dir, { recursive: true, force: true });
});

/** Debian poppler-utils (pdftoppm, pdftotext), installed by .ci/run; the checks skip with a message without it. */
function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasPoppler();
if (!poppler)
  console.warn('pdftoppm/pdftotext not found (Debian poppler-utils): the PDF page checks are skipped');

async function pdf(lang: 'id' | 'en'): Promise<string> {
  const viewer = await t.newUser('viewer');
  const res = await t.app.request(`/api/reports/coverage.pdf?lang=${lang}`, {
    headers: { authorization: `Bearer ${viewer.token}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  const file = join(dir, `report-${lang}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

const pageCount = (file: string): number => {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
};

describe('GET /api/reports/coverage.pdf', () => {
  it('produces a PDF with the fonts embedded', async () => {
    const file = await pdf('id');
    const text = new TextDecoder('latin1').decode(readFileSync(file));
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/DejaVuSans/);
  });

  it.skipIf(!poppler)(
    'renders its pages as images and finds title, tables, every kecamatan and the demo notice',
    async () => {
      const report = CoverageReport.parse((await t.api.get('/api/reports/coverage')).json);
      const file = await pdf('id');
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Laporan cakupan pos tanggap darurat');
      expect(text).toContain('Per kecamatan');
      // The kecamatan table: a row per kecamatan, code then name.
      for (const k of report.kecamatan)
        expect(text).toMatch(new RegExp(`${k.code.replaceAll('.', '\\.')}\\s+${k.name}`));
      for (const k of report.kecamatan) expect(text, k.name).toContain(k.name);
      expect(text).toContain('DATA DEMO');
      const pages = pageCount(file);
      // Title, summary, charts, kecamatan table, two map pages, desa table (several pages), equipment.
      expect(pages).toBeGreaterThanOrEqual(9);
      expect(text).toContain(`Halaman ${pages} dari ${pages}`);
      execFileSync('pdftoppm', ['-png', '-r', '40', file, join(dir, 'page')]);
      const pngs = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
      expect(pngs).toHaveLength(pages);
    },
  );

  it.skipIf(!poppler)('is in English when asked', async () => {
    const text = execFileSync('pdftotext', [await pdf('en'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Emergency post coverage report');
    expect(text).toContain('By kecamatan');
    expect(text).toContain('DEMO DATA');
  });
});
