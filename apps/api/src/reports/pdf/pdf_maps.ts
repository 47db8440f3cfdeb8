import { bandLabel, bandOf, catalogues, type Locale, REPORT_BAND_COLOURS } from '@siaga/i18n';
import type { AdminAreaFeature, CoverageReport, Position } from '@siaga/schema';
import { frame, type Pdf } from './pdf_document.ts';

const INK = '#1f2933';
const COLS = 3;
const ROWS = 2;

function polygonsOf(a: AdminAreaFeature): Position[][][] {
  return a.geometry.coordinates;
}

/**
 * One small map per kecamatan, six to a page: its desa filled by the band of their travel time (the same bands and
 * colours as the charts), the kecamatan outline on top, a legend on every page.
 */
export function drawKecamatanMaps(
  doc: Pdf,
  report: CoverageReport,
  adminAreas: readonly AdminAreaFeature[],
  locale: Locale,
): void {
  const t = catalogues[locale];
  const etaOf = new Map(report.desa.map((d) => [d.code, d.etaMin]));
  const desaOf = (code: string) =>
    adminAreas.filter((a) => a.properties.level === 'desa' && a.properties.parentCode === code);
  report.kecamatan.forEach((k, i) => {
    const slot = i % (COLS * ROWS);
    if (slot === 0) {
      doc.addPage();
      doc
        .font('bold')
        .fontSize(14)
        .fillColor(INK)
        .text(t.report.sections.maps, frame(doc).left, frame(doc).top);
      legend(doc, report, locale);
    }
    const { left, width, bottom } = frame(doc);
    const top = frame(doc).top + 50;
    const cellW = width / COLS;
    const cellH = (bottom - top) / ROWS;
    const x0 = left + (slot % COLS) * cellW;
    const y0 = top + Math.floor(slot / COLS) * cellH;
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(INK)
      .text(`${k.name} (${k.code})`, x0, y0, { width: cellW - 8 });
    const kecamatan = adminAreas.find((a) => a.properties.code === k.code);
    const desa = desaOf(k.code);
    const shapes = desa.length > 0 ? desa : kecamatan === undefined ? [] : [kecamatan];
    const project = projector(shapes.concat(kecamatan ?? []), x0 + 4, y0 + 14, cellW - 12, cellH - 22);
    for (const d of desa) {
      const colour =
        REPORT_BAND_COLOURS[bandOf(report.bandsMin, etaOf.get(d.properties.code) ?? null)] ?? '#999';
      path(doc, polygonsOf(d), project);
      doc.fillColor(colour).strokeColor('#ffffff').lineWidth(0.4).fillAndStroke();
    }
    if (kecamatan !== undefined) {
      path(doc, polygonsOf(kecamatan), project);
      doc.strokeColor(INK).lineWidth(0.8).stroke();
    }
  });
}

function legend(doc: Pdf, report: CoverageReport, locale: Locale): void {
  const t = catalogues[locale];
  const { left } = frame(doc);
  const y = doc.y + 4;
  doc.font('body').fontSize(7).fillColor(INK).text(t.report.charts.mapLegend, left, y);
  let x = left;
  for (let j = 0; j <= report.bandsMin.length; j++) {
    doc.rect(x, y + 12, 10, 8).fill(REPORT_BAND_COLOURS[j] ?? '#999');
    const label = bandLabel(locale, report.bandsMin, j);
    doc.fillColor(INK).text(label, x + 13, y + 12);
    x += 18 + doc.widthOfString(label) + 8;
  }
}

type Project = (p: Position) => [number, number];

/** Equirectangular at the shapes' mean latitude, fitted into the box and centred. */
function projector(shapes: readonly AdminAreaFeature[], x: number, y: number, w: number, h: number): Project {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const s of shapes)
    for (const poly of polygonsOf(s))
      for (const [lon, lat] of poly[0] ?? []) {
        minX = Math.min(minX, lon);
        maxX = Math.max(maxX, lon);
        minY = Math.min(minY, lat);
        maxY = Math.max(maxY, lat);
      }
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max(1e-9, (maxX - minX) * kx);
  const spanY = Math.max(1e-9, maxY - minY);
  const scale = Math.min(w / spanX, h / spanY);
  const ox = x + (w - spanX * scale) / 2;
  const oy = y + (h - spanY * scale) / 2;
  return ([lon, lat]) => [ox + (lon - minX) * kx * scale, oy + (maxY - lat) * scale];
}

function path(doc: Pdf, polygons: Position[][][], project: Project): void {
  for (const poly of polygons)
    for (const ring of poly) {
      ring.forEach((p, i) => {
        const [px, py] = project(p);
        if (i === 0) doc.moveTo(px, py);
        else doc.lineTo(px, py);
      });
      doc.closePath();
    }
}
