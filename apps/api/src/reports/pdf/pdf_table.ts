import { formatCell, type Locale, type ReportTableData } from '@siaga/i18n';
import { ensureSpace, frame, type Pdf } from './pdf_document.ts';

const PAD = 2.5;

/**
 * Draws a table across the page width: columns sized by their longest text (within limits), text wrapped inside
 * cells, the header repeated on every page the table runs onto, numbers right-aligned.
 */
export function drawTable(doc: Pdf, table: ReportTableData, locale: Locale, fontSize = 7): void {
  const { left, width } = frame(doc);
  const text = table.rows.map((r) =>
    r.map((cell, j) => formatCell(locale, cell, table.columns[j]?.kind ?? 'text')),
  );
  const widths = columnWidths(doc, table, text, width, fontSize);

  const drawRow = (cells: string[], bold: boolean, fill: string | null) => {
    doc.font(bold ? 'bold' : 'body').fontSize(fontSize);
    const height =
      Math.max(...cells.map((cell, j) => doc.heightOfString(cell, { width: (widths[j] ?? 10) - 2 * PAD }))) +
      2 * PAD;
    if (doc.y + height > frame(doc).bottom) {
      doc.addPage();
      if (!bold) drawHeader();
    }
    const y = doc.y;
    if (fill !== null) doc.rect(left, y, width, height).fill(fill);
    let x = left;
    cells.forEach((cell, j) => {
      const w = widths[j] ?? 10;
      const kind = table.columns[j]?.kind ?? 'text';
      doc
        .fillColor('#1f2933')
        .font(bold ? 'bold' : 'body')
        .fontSize(fontSize)
        .text(cell, x + PAD, y + PAD, {
          width: w - 2 * PAD,
          align: !bold && kind !== 'text' && kind !== 'bool' ? 'right' : 'left',
        });
      x += w;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.3)
      .strokeColor('#c5cbd3')
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  const drawHeader = () =>
    drawRow(
      table.columns.map((c) => c.label),
      true,
      '#e8edf3',
    );

  ensureSpace(doc, 40);
  drawHeader();
  text.forEach((row, i) => {
    drawRow(row, false, i % 2 === 1 ? '#f7f9fb' : null);
  });
  doc.moveDown(0.5);
}

/**
 * Column widths: every column gets at least its longest word (so codes and numbers never break), and the space
 * left goes to the columns whose text would rather not wrap, in proportion to how much more they want.
 */
function columnWidths(
  doc: Pdf,
  table: ReportTableData,
  text: string[][],
  width: number,
  fontSize: number,
): number[] {
  const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => doc.widthOfString(w)));
  const min: number[] = [];
  const want: number[] = [];
  table.columns.forEach((c, j) => {
    doc.font('bold').fontSize(fontSize);
    let lo = longestWord(c.label);
    let hi = lo;
    doc.font('body').fontSize(fontSize);
    for (const row of text) {
      const cell = row[j] ?? '';
      lo = Math.max(lo, longestWord(cell));
      hi = Math.max(hi, Math.min(doc.widthOfString(cell), 320));
    }
    min.push(lo + 2 * PAD + 1);
    want.push(Math.max(lo, hi) + 2 * PAD);
  });
  const minSum = min.reduce((a, b) => a + b, 0);
  const extra = want.reduce((a, b, j) => a + b - (min[j] as number), 0);
  const room = Math.max(0, width - minSum);
  if (extra <= room) {
    const wantSum = minSum + extra;
    return want.map((w) => (w * width) / wantSum);
  }
  const scale = minSum > width ? width / minSum : 1;
  return min.map((m, j) => m * scale + (extra > 0 ? (((want[j] as number) - m) * room) / extra : 0));
}
