import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** DejaVu Sans from the dejavu-fonts-ttf package: every Latin letter Bahasa Indonesia and English use, plus ≤ – ². */
const FONTS = {
  body: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export type Pdf = PDFKit.PDFDocument;

export const PAGE = { margin: 36, footer: 24 } as const;

/**
 * An A4 landscape document with the embedded fonts registered as `body` and `bold`, pages buffered so page
 * numbers can be written at the end. The creation date is the report's, so the same report gives the same file.
 */
export function createPdf(title: string, createdAt: Date, lang: string): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: PAGE.margin, bottom: PAGE.margin + PAGE.footer, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    lang,
    info: { Title: title, Author: 'Siaga', Creator: 'Siaga', CreationDate: createdAt },
  });
  doc.registerFont('body', FONTS.body);
  doc.registerFont('bold', FONTS.bold);
  doc.font('body');
  return doc;
}

/** The finished document's bytes. */
export function pdfBytes(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** Left edge, top, usable width and bottom of the current page. */
export function frame(doc: Pdf): { left: number; top: number; width: number; bottom: number } {
  const m = doc.page.margins;
  return {
    left: m.left,
    top: m.top,
    width: doc.page.width - m.left - m.right,
    bottom: doc.page.height - m.bottom,
  };
}

/** Moves to a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > frame(doc).bottom) doc.addPage();
}

export function heading(doc: Pdf, text: string, size = 14): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.5).font('bold').fontSize(size).fillColor('#1f2933').text(text, frame(doc).left, doc.y);
  doc.moveDown(0.3).font('body').fontSize(9);
}

export function paragraph(doc: Pdf, text: string, size = 9): void {
  doc
    .font('body')
    .fontSize(size)
    .fillColor('#1f2933')
    .text(text, frame(doc).left, doc.y, { width: frame(doc).width });
  doc.moveDown(0.3);
}
