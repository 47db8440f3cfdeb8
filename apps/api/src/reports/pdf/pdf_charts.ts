import { bandLabel, catalogues, formatNumber, type Locale, REPORT_BAND_COLOURS } from '@siaga/i18n';
import type { CoverageReport } from '@siaga/schema';
import { ensureSpace, frame, type Pdf } from './pdf_document.ts';

const INK = '#1f2933';

/** Horizontal bars: share of each kecamatan's population within the standard, and within WMK (thin bar). */
export function drawCoverageChart(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const rowH = 18;
  ensureSpace(doc, 30 + rowH * report.kecamatan.length);
  const { left, width } = frame(doc);
  doc.font('bold').fontSize(10).fillColor(INK).text(t.report.charts.coverage, left, doc.y);
  const labelW = 110;
  const barW = width * 0.6;
  let y = doc.y + 6;
  for (const k of report.kecamatan) {
    doc
      .font('body')
      .fontSize(8)
      .fillColor(INK)
      .text(k.name, left, y + 3, { width: labelW });
    const x = left + labelW;
    doc.rect(x, y, barW, 10).fill('#eef1f4');
    doc.rect(x, y, barW * k.travel.populationShare, 10).fill(REPORT_BAND_COLOURS[1]);
    doc.rect(x, y + 11, barW * k.wmk.populationShare, 3).fill('#5c6bc0');
    doc
      .fillColor(INK)
      .fontSize(8)
      .text(
        `${formatNumber(locale, k.travel.populationShare * 100, 1)} % · WMK ${formatNumber(locale, k.wmk.populationShare * 100, 1)} %`,
        x + barW + 6,
        y + 1,
      );
    y += rowH;
  }
  doc.x = left;
  doc.y = y + 6;
}

/** Vertical bars: population per travel-time band, coloured as the maps are. */
export function drawBandChart(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const chartH = 150;
  ensureSpace(doc, chartH + 50);
  const { left, width } = frame(doc);
  doc.font('bold').fontSize(10).fillColor(INK).text(t.report.charts.bands, left, doc.y);
  const top = doc.y + 8;
  const bands = report.summary.bands;
  const max = Math.max(1, ...bands.map((b) => b.population));
  const slot = Math.min(80, (width * 0.8) / bands.length);
  bands.forEach((b, j) => {
    const h = (chartH * b.population) / max;
    const x = left + j * slot;
    doc.rect(x + 6, top + chartH - h, slot - 12, h).fill(REPORT_BAND_COLOURS[j] ?? '#999');
    doc
      .fillColor(INK)
      .fontSize(7)
      .text(formatNumber(locale, b.population), x, top + chartH - h - 10, { width: slot, align: 'center' });
    doc.text(bandLabel(locale, report.bandsMin, j), x, top + chartH + 3, { width: slot, align: 'center' });
  });
  doc.x = left;
  doc.y = top + chartH + 24;
}
