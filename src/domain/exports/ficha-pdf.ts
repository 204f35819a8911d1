/**
 * One registration as a printable PDF (A4), laid out like the national form: a heading, then sections of
 * label / value pairs and of lines, and a footer on every page with when it was made and the page number.
 * pdfkit is pure JavaScript with the standard PDF fonts bundled (Helvetica: every Spanish letter, no emoji),
 * loaded only when a ficha is made.
 */
export interface FichaSection {
  heading: string;
  /** Label and value, one under the other when the value is long. */
  fields?: Array<{ label: string; value: string }>;
  lines?: string[];
}

export interface FichaDocument {
  title: string;
  subtitle: string;
  header: string;
  sections: FichaSection[];
  /** Footer of page `page` of `pages`. */
  footer: (page: number, pages: number) => string;
}

/**
 * The standard fonts write WinAnsi (Latin-1 and a few signs): anything else (emoji, arrows) is dropped rather
 * than printed as garbage.
 */
export function printable(text: string): string {
  return text
    .replace(/[\u2192\u279C]/g, "»")
    .replace(/[^\u0009\u000A\u000D\u0020-\u007E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]/gu, "")
    .replace(/^[ \u00A0]+/, "");
}

const MARGIN = 50;
const FOOTER_SPACE = 30;

export async function renderFichaPdf(doc: FichaDocument): Promise<Uint8Array> {
  const { default: PDFDocument } = await import("pdfkit");
  const pdf = new PDFDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: printable(doc.title), Creator: "Pasco Educa Bot" } });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", () => resolve());
    pdf.on("error", reject);
  });
  const width = pdf.page.width - MARGIN * 2;

  pdf.font("Helvetica").fontSize(9).fillColor("#555555").text(printable(doc.header), { width });
  pdf.moveDown(0.5);
  pdf.font("Helvetica-Bold").fontSize(16).fillColor("#000000").text(printable(doc.title), { width });
  pdf.font("Helvetica").fontSize(11).fillColor("#333333").text(printable(doc.subtitle), { width });
  pdf.moveDown(0.8);

  for (const section of doc.sections) {
    if (pdf.y > pdf.page.height - MARGIN - FOOTER_SPACE - 60) pdf.addPage();
    const top = pdf.y;
    pdf.rect(MARGIN, top, width, 18).fill("#1F4E79");
    pdf.font("Helvetica-Bold").fontSize(11).fillColor("#FFFFFF").text(printable(section.heading), MARGIN + 6, top + 4, { width: width - 12 });
    pdf.fillColor("#000000");
    pdf.x = MARGIN;
    pdf.y = top + 24;
    for (const field of section.fields ?? []) {
      const value = printable(field.value) || "-";
      const label = printable(field.label);
      if (value.length > 60 || value.includes("\n")) {
        pdf.font("Helvetica-Bold").fontSize(9.5).text(label, MARGIN, pdf.y, { width });
        pdf.font("Helvetica").fontSize(9.5).text(value, MARGIN, pdf.y, { width, align: "justify" });
        pdf.moveDown(0.4);
        continue;
      }
      const y = pdf.y;
      pdf.font("Helvetica-Bold").fontSize(9.5).text(label, MARGIN, y, { width: width * 0.38 });
      const labelBottom = pdf.y;
      pdf.font("Helvetica").fontSize(9.5).text(value, MARGIN + width * 0.4, y, { width: width * 0.6 });
      pdf.y = Math.max(labelBottom, pdf.y) + 2;
    }
    for (const line of section.lines ?? []) pdf.font("Helvetica").fontSize(9.5).text(printable(line), MARGIN, pdf.y, { width });
    pdf.moveDown(0.8);
  }

  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing in the margin must not open a new page
    pdf.font("Helvetica").fontSize(8).fillColor("#555555").text(printable(doc.footer(index + 1, range.count)), MARGIN, pdf.page.height - MARGIN - 10, { width, align: "center" });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
