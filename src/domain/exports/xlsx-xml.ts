/**
 * The SpreadsheetML of an export workbook, as text: the fixed parts (content types, relationships, workbook,
 * document properties, a minimal style sheet) and each worksheet as a head (frozen header row, column widths),
 * rows of cells, and a tail. Text cells are inline strings (no shared-string table to keep in memory), numbers
 * are numbers, and an empty cell is left out.
 */
export interface SheetColumn {
  header: string;
  width: number;
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates) or escapes. */
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text content or attribute value: escaped, with characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, "").replace(/[&<>]/g, (char) => ESCAPES[char]!);
}

function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, ESCAPES['"']!);
}

/** "A", "B", … "Z", "AA", … for a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A name Excel accepts for a sheet: none of : \ / ? * [ ], no apostrophe at either end, 31 characters at most. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").slice(0, 31).trim();
  return cleaned || "Hoja";
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Turns rows of cells into `<row>` elements; one per sheet, it knows the next row number. */
export class RowEncoder {
  private readonly letters: string[];
  private next = 1;

  constructor(columns: number) {
    this.letters = Array.from({ length: columns }, (_, index) => columnLetters(index));
  }

  get rowsWritten(): number {
    return this.next - 1;
  }

  row(cells: ReadonlyArray<string | number>): string {
    const r = this.next++;
    let xml = `<row r="${r}">`;
    for (let index = 0; index < cells.length; index++) {
      const value = cells[index];
      if (typeof value === "number") {
        if (Number.isFinite(value)) xml += `<c r="${this.letters[index] ?? columnLetters(index)}${r}"><v>${value}</v></c>`;
        continue;
      }
      if (value === undefined || value === null || value === "") continue;
      const text = xmlText(value);
      const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
      xml += `<c r="${this.letters[index] ?? columnLetters(index)}${r}" t="inlineStr"><is><t${preserve ? ' xml:space="preserve"' : ""}>${text}</t></is></c>`;
    }
    return `${xml}</row>`;
  }
}

/** The worksheet up to its first data row: frozen header row, column widths, the header. */
export function sheetHead(columns: readonly SheetColumn[], encoder: RowEncoder): string {
  const cols = columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`).join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${encoder.row(columns.map((column) => column.header))}`
  );
}

export const SHEET_TAIL = `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

export const sheetPath = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

/** The parts beside the worksheets, for sheets named `names` (in order). */
export function workbookParts(names: readonly string[], creator: string, at: Date): Array<[string, string]> {
  const stamp = `${at.toISOString().slice(0, 19)}Z`;
  const sheets = names.map((name, index) => `<sheet name="${xmlAttribute(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join("");
  const sheetRels = names
    .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
    .join("");
  const overrides = names
    .map((_, index) => `<Override PartName="/${sheetPath(index)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  const titles = names.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`).join("");
  return [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
        `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PKG_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    ["xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheetRels}<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      "xl/styles.xml",
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    [
      "docProps/core.xml",
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
        `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(creator)}</dc:creator>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      "docProps/app.xml",
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
        `<Application>${xmlText(creator)}</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
        `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`,
    ],
  ];
}
