import {
  areaLabel,
  catalogues,
  fill,
  formatDateTime,
  type Locale,
  type ReportTableData,
  reportTable,
  scenarioRows,
  summaryText,
} from '@siaga/i18n';
import type { AdminAreaFeature, CoverageReport, ReportScenario } from '@siaga/schema';
import { drawBandChart, drawCoverageChart } from './pdf_charts.ts';
import { createPdf, frame, heading, PAGE, type Pdf, paragraph, pdfBytes } from './pdf_document.ts';
import { drawKecamatanMaps } from './pdf_maps.ts';
import { drawTable } from './pdf_table.ts';

const INK = '#1f2933';

/**
 * The coverage report as a PDF in Bahasa Indonesia or English: title page (date, demo notice, data sources, methods),
 * the kabupaten summary with the hazard and incident tables, the charts, the kecamatan table, a travel-time map per
 * kecamatan, the desa and equipment tables; every page carries the demo notice (when the data is the demo's) and
 * its number. DejaVu Sans is embedded.
 *
 * @example const bytes = await reportPdf(report, adminAreas, 'id');
 */
export async function reportPdf(
  report: CoverageReport,
  adminAreas: readonly AdminAreaFeature[],
  locale: Locale,
): Promise<Uint8Array> {
  const t = catalogues[locale];
  const doc = createPdf(
    `${t.report.title} — ${placeOf(report, locale)}`,
    new Date(report.generatedAt),
    locale,
  );
  titlePage(doc, report, locale);

  doc.addPage();
  heading(doc, t.report.sections.summary, 16);
  summaryTable(doc, report, locale);
  heading(doc, t.report.sections.hazards);
  drawTable(doc, reportTable(report, 'hazards', locale), locale, 8);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.hazard_uncovered }), 7);
  heading(doc, t.report.sections.incidents);
  drawTable(doc, reportTable(report, 'incidents', locale), locale, 8);
  if (report.summary.incidents.withResponseTimes === 0)
    paragraph(doc, fill(t.report.summary.incidentsNoData, { n: report.summary.incidents.recorded }), 8);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.incident_response }), 7);

  doc.addPage();
  heading(doc, t.report.sections.charts, 16);
  drawCoverageChart(doc, report, locale);
  drawBandChart(doc, report, locale);

  doc.addPage();
  heading(doc, t.report.sections.kecamatan, 16);
  drawTable(doc, reportTable(report, 'kecamatan', locale), locale, 7);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.travel_time }), 7);

  drawKecamatanMaps(doc, report, adminAreas, locale);

  doc.addPage();
  heading(doc, t.report.sections.desa, 16);
  drawTable(doc, reportTable(report, 'desa', locale), locale, 6.5);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.nearest_post }), 7);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.equipment_reach }), 7);

  doc.addPage();
  heading(doc, t.report.sections.equipment, 16);
  drawTable(doc, reportTable(report, 'equipment', locale), locale, 7);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.equipment_inspection }), 7);

  footers(doc, report, locale);
  return pdfBytes(doc);
}

/** "Kabupaten Buleleng": the stored kabupaten the report is about. */
function placeOf(report: CoverageReport, locale: Locale): string {
  const t = catalogues[locale];
  return fill(t.report.place, {
    area: areaLabel(
      t,
      report.area.map((a) => a.name),
    ),
  });
}

function titlePage(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const { left, width } = frame(doc);
  doc.font('bold').fontSize(24).fillColor(INK).text(t.report.title, left, 70, { width });
  doc.font('body').fontSize(14).text(placeOf(report, locale), { width });
  doc.moveDown(0.5).fontSize(10);
  doc.text(fill(t.report.generatedAt, { date: formatDateTime(locale, t, report.generatedAt) }));
  doc.text(fill(t.report.profile, { profile: t.profiles[report.profile] }));
  doc.text(fill(t.report.network, { version: report.networkVersion }));
  if (report.demo) {
    doc.moveDown(0.5);
    const y = doc.y;
    doc.rect(left, y, width, 22).fill('#fff3bf');
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#7a4b00')
      .text(t.report.demo, left + 8, y + 6, { width: width - 16 });
    doc.y = y + 28;
  }
  heading(doc, t.report.sections.sources, 12);
  drawTable(doc, reportTable(report, 'sources', locale), locale, 7);
  heading(doc, t.report.sections.methods, 12);
  const methods: ReportTableData = {
    columns: [
      { key: 'name', label: t.report.summary.figure, kind: 'text' },
      { key: 'source', label: t.report.columns.source, kind: 'text' },
    ],
    rows: report.methods.map((m) => [
      t.report.methods[m.id],
      m.sources.map((s) => t.report.sources[s]).join(', '),
    ]),
  };
  drawTable(doc, methods, locale, 7);
}

function summaryTable(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const s = report.summary;
  const text = summaryText(s, report.standardMin, locale);
  const [figure, travel, wmk] = text.headings;
  const table: ReportTableData = {
    columns: [
      { key: 'name', label: figure, kind: 'text' },
      { key: 'etaMin', label: travel, kind: 'text' },
      { key: 'withinWmk', label: wmk, kind: 'text' },
    ],
    rows: text.rows.map((r) => [r.label, r.travel, r.wmk]),
  };
  drawTable(doc, table, locale, 9);
  paragraph(doc, `${text.postsPer30k.label}: ${text.postsPer30k.value}`);
  paragraph(doc, text.noRoad);
  if (s.scenario) scenarioTable(doc, s.scenario, report.standardMin, locale);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.travel_time }), 7);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.wmk_radius }), 7);
  paragraph(doc, fill(t.report.summary.method, { method: t.report.methods.posts_per_population }), 7);
}

function scenarioTable(doc: Pdf, scenario: ReportScenario, standardMin: number, locale: Locale): void {
  const t = catalogues[locale].report;
  heading(doc, fill(t.scenarioTitle, { name: scenario.name }), 11);
  const table: ReportTableData = {
    columns: [
      { key: 'name', label: t.summary.figure, kind: 'text' },
      { key: 'etaMin', label: t.scenarioToday, kind: 'text' },
      { key: 'withinStandard', label: t.scenarioFigures, kind: 'text' },
      { key: 'withinWmk', label: t.scenarioChange, kind: 'text' },
    ],
    rows: scenarioRows(scenario, standardMin, locale).map((r) => [r.label, r.today, r.scenario, r.change]),
  };
  drawTable(doc, table, locale, 9);
  paragraph(doc, fill(t.summary.method, { method: t.scenarioMethod }), 7);
}

function footers(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - PAGE.margin - PAGE.footer + 8;
    const { left, width } = frame(doc);
    // Writing inside the bottom margin must not open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(7).fillColor('#52606d');
    if (report.demo) doc.text(t.report.demo, left, bottom, { width: width * 0.75, lineBreak: false });
    doc.text(fill(t.report.page, { n: i - range.start + 1, total: range.count }), left, bottom, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}
