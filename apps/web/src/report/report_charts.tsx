import { bandLabel, formatNumber, REPORT_BAND_COLOURS } from '@siaga/i18n';
import type { CoverageReport } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

/*
 * Hand-drawn SVG rather than a charting library: two bar charts, drawn the same way as the PDF's (same bands,
 * colours and figures), print as vectors, and cost a few lines instead of a 100+ kB dependency in an offline app.
 */

/** Horizontal bars per kecamatan: population within the standard, and within WMK (thin bar). */
export function CoverageChart({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const rowH = 26;
  const labelW = 120;
  const barW = 300;
  const height = rowH * report.kecamatan.length + 8;
  const pct = (share: number) => `${formatNumber(locale, share * 100, 1)} %`;
  return (
    <figure className="report-chart" data-testid="report-coverage-chart">
      <figcaption>{t.report.charts.coverage}</figcaption>
      <svg viewBox={`0 0 ${labelW + barW + 150} ${height}`} role="img" aria-label={t.report.charts.coverage}>
        {report.kecamatan.map((k, i) => {
          const y = i * rowH + 4;
          return (
            <g key={k.code}>
              <text x={0} y={y + 12} className="report-chart__label">
                {k.name}
              </text>
              <rect x={labelW} y={y} width={barW} height={14} fill="#eef1f4" />
              <rect
                x={labelW}
                y={y}
                width={barW * k.travel.populationShare}
                height={14}
                fill={REPORT_BAND_COLOURS[1]}
              />
              <rect x={labelW} y={y + 16} width={barW * k.wmk.populationShare} height={4} fill="#5c6bc0" />
              <text x={labelW + barW + 6} y={y + 12} className="report-chart__value">
                {pct(k.travel.populationShare)} · WMK {pct(k.wmk.populationShare)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Vertical bars: population per travel-time band, coloured as the map bands. */
export function BandChart({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const bands = report.summary.bands;
  const slot = 64;
  const chartH = 160;
  const max = Math.max(1, ...bands.map((b) => b.population));
  return (
    <figure className="report-chart" data-testid="report-band-chart">
      <figcaption>{t.report.charts.bands}</figcaption>
      <svg
        viewBox={`0 0 ${slot * bands.length} ${chartH + 40}`}
        role="img"
        aria-label={t.report.charts.bands}
      >
        {bands.map((b, j) => {
          const h = (chartH * b.population) / max;
          const x = j * slot;
          return (
            <g key={b.fromMin}>
              <rect
                x={x + 6}
                y={14 + chartH - h}
                width={slot - 12}
                height={h}
                fill={REPORT_BAND_COLOURS[j] ?? '#999'}
              />
              <text x={x + slot / 2} y={10 + chartH - h} textAnchor="middle" className="report-chart__value">
                {formatNumber(locale, b.population)}
              </text>
              <text x={x + slot / 2} y={chartH + 30} textAnchor="middle" className="report-chart__label">
                {bandLabel(locale, report.bandsMin, j)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
