/**
 * Rows of the import layout → contests. Each row is validated on its own (with its line number); rows of the
 * same contest and year are then merged: contest columns may be repeated or left blank after the first row,
 * but must not contradict it. Invalid rows are left out and reported; valid data is never thrown away
 * because of another row.
 */
import {
  ALLOWED_AREAS,
  COLUMNS,
  DEFAULT_STAGE_NAMES,
  headerColumn,
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  rowSchema,
  type Column,
  type ImportErrorCode,
  type ImportRow,
  type RawRow,
} from "./import-layout.js";
import { areaFromText } from "./areas.js";
import { slugify } from "./normalize.js";
import { contestSchema, type ContestData, type StageData } from "./types.js";

export interface ImportError {
  /** Line of the file (CSV) or row of the sheet (XLSX); the header is line 1. */
  line: number;
  /** Column name as in the layout ("inscripcion_cierre"), or "archivo" for the whole file. */
  field: string;
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

export interface ImportResult {
  contests: ContestData[];
  errors: ImportError[];
  /** Problems that keep the row (an area the list does not know is saved as "otro"). */
  warnings: ImportError[];
  rowsRead: number;
  /** "slug|year" of every edition with a rejected row: its stored data must not be taken away for it. */
  rejectedEditions?: string[];
}

export interface ImportOptions {
  /** Called every `progressEvery` rows and once at the end. */
  onProgress?: (rowsDone: number, totalRows: number) => void;
  progressEvery?: number;
}

export interface SourceRow {
  line: number;
  cells: string[];
}

const CONTEST_FIELDS = [
  "nombre",
  "nombre_corto",
  "alias",
  "organizador",
  "area",
  "niveles",
  "grados",
  "categorias",
  "bases_url",
  "notas",
] as const satisfies readonly Column[];
type ContestField = (typeof CONTEST_FIELDS)[number];

interface ContestDraft {
  firstLine: number;
  slug: string;
  year: number;
  values: Partial<Record<ContestField, { value: unknown; line: number; text: string }>>;
  isSample: boolean;
  stages: (StageData & { line: number })[];
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stageFrom(row: ImportRow, order: number): StageData {
  const stage: StageData = { kind: row.etapa, name: row.etapa_nombre ?? DEFAULT_STAGE_NAMES[row.etapa], order };
  if (row.inscripcion_inicio !== undefined) stage.registrationOpens = row.inscripcion_inicio;
  if (row.inscripcion_cierre !== undefined) stage.registrationCloses = row.inscripcion_cierre;
  if (row.fecha_inicio !== undefined) stage.eventStart = row.fecha_inicio;
  if (row.fecha_fin !== undefined) stage.eventEnd = row.fecha_fin;
  if (row.lugar !== undefined) stage.place = row.lugar;
  return stage;
}

/**
 * "Florales 2027" in the 2027 row → "Florales": the year is the edition's (column anio), and the bot writes
 * it beside every name already ("Florales 2027", never "Florales 2027 2027").
 */
function withoutEditionYear(text: string, year: number): string {
  const stripped = text.replace(new RegExp(`[\\s,–-]*\\b${year}\\s*$`), "").trim();
  return stripped === "" ? text : stripped;
}

function toContest(draft: ContestDraft): ContestData {
  const get = <T>(key: ContestField): T | undefined => draft.values[key]?.value as T | undefined;
  const contest: ContestData = {
    slug: draft.slug,
    year: draft.year,
    name: withoutEditionYear(get<string>("nombre")!, draft.year),
    aliases: get<string[]>("alias") ?? [],
    organizer: get<string>("organizador")!,
    area: get<ContestData["area"]>("area")!,
    levels: get<ContestData["levels"]>("niveles") ?? [],
    categories: get<string[]>("categorias") ?? [],
    isSample: draft.isSample,
    stages: draft.stages.map(({ line: _line, ...stage }) => stage),
  };
  const shortName = get<string>("nombre_corto");
  if (shortName !== undefined) contest.shortName = withoutEditionYear(shortName, draft.year);
  const grades = get<string>("grados");
  if (grades !== undefined) contest.grades = grades;
  const basesUrl = get<string>("bases_url");
  if (basesUrl !== undefined) contest.basesUrl = basesUrl;
  const notes = get<string>("notas");
  if (notes !== undefined) contest.notes = notes;
  return contestSchema.parse(contest);
}

/** Maps header cells to column positions; reports required columns that are missing. */
function readHeader(header: readonly string[], errors: ImportError[]): Map<Column, number> | undefined {
  const positions = new Map<Column, number>();
  header.forEach((cell, i) => {
    const column = headerColumn(cell);
    if (column !== undefined && !positions.has(column)) positions.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !positions.has(c));
  for (const column of missing) errors.push({ line: 1, field: column, code: "missing-column", params: { column } });
  return missing.length === 0 ? positions : undefined;
}

function rawRow(cells: readonly string[], positions: Map<Column, number>): RawRow {
  const raw = {} as RawRow;
  for (const column of [...COLUMNS, ...OPTIONAL_COLUMNS]) {
    const at = positions.get(column);
    raw[column] = at === undefined ? "" : (cells[at] ?? "");
  }
  return raw;
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

export function importRows(header: readonly string[], rows: readonly SourceRow[], options: ImportOptions = {}): ImportResult {
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  if (header.every((cell) => cell.trim() === "")) {
    return { contests: [], errors: [{ line: 1, field: "archivo", code: "empty-file", params: {} }], warnings, rowsRead: 0 };
  }
  const positions = readHeader(header, errors);
  const dataRows = rows.filter((r) => !isBlankRow(r.cells));
  if (positions === undefined) return { contests: [], errors, warnings, rowsRead: dataRows.length };
  if (dataRows.length === 0) {
    errors.push({ line: 1, field: "archivo", code: "empty-file", params: {} });
    return { contests: [], errors, warnings, rowsRead: 0 };
  }
  const every = Math.max(1, options.progressEvery ?? 200);
  const drafts = new Map<string, ContestDraft>();
  const unknownArea = new Set<string>();
  const rejected = new Set<string>();
  dataRows.forEach((source, i) => {
    const raw = rawRow(source.cells, positions);
    const parsed = rowSchema.safeParse(raw);
    const errorsBefore = errors.length;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const params = (issue as { params?: Record<string, string | number> }).params ?? {};
        errors.push({ line: source.line, field: String(issue.path[0] ?? "archivo"), code: issue.message as ImportErrorCode, params });
      }
    } else {
      addRow(drafts, parsed.data, source.line, errors);
      const area = raw.area.trim();
      if (area !== "" && areaFromText(area) === undefined) {
        unknownArea.add(`${parsed.data.concurso}|${parsed.data.anio}`);
        warnings.push({ line: source.line, field: "area", code: "unknown-area", params: { value: area, allowed: ALLOWED_AREAS } });
      }
    }
    if (errors.length > errorsBefore) rejected.add(`${slugify(raw.concurso)}|${raw.anio.trim()}`);
    if (options.onProgress !== undefined && ((i + 1) % every === 0 || i + 1 === dataRows.length)) {
      options.onProgress(i + 1, dataRows.length);
    }
  });
  const contests: ContestData[] = [];
  for (const draft of drafts.values()) {
    if (draft.stages.length === 0) continue;
    const missing: [ContestField, ImportErrorCode][] = [
      ["nombre", "missing-name"],
      ["organizador", "missing-organizer"],
      ["area", "missing-area"],
    ];
    let complete = true;
    if (draft.values.area === undefined && unknownArea.has(`${draft.slug}|${draft.year}`)) {
      draft.values.area = { value: "otro", line: draft.firstLine, text: "otro" };
    }
    for (const [key, code] of missing) {
      if (draft.values[key] === undefined) {
        errors.push({ line: draft.firstLine, field: key, code, params: key === "area" ? { allowed: ALLOWED_AREAS } : {} });
        complete = false;
      }
    }
    if (complete) contests.push(toContest(draft));
    else rejected.add(`${draft.slug}|${draft.year}`);
  }
  errors.sort((a, b) => a.line - b.line);
  return { contests, errors, warnings, rowsRead: dataRows.length, rejectedEditions: [...rejected] };
}

function addRow(drafts: Map<string, ContestDraft>, row: ImportRow, line: number, errors: ImportError[]): void {
  const key = `${row.concurso}|${row.anio}`;
  let draft = drafts.get(key);
  if (draft === undefined) {
    draft = { firstLine: line, slug: row.concurso, year: row.anio, values: {}, isSample: false, stages: [] };
    drafts.set(key, draft);
  }
  const rowErrors: ImportError[] = [];
  for (const field of CONTEST_FIELDS) {
    const value = row[field];
    if (isEmptyValue(value)) continue;
    const known = draft.values[field];
    if (known !== undefined && !sameValue(known.value, value)) {
      rowErrors.push({ line, field, code: "conflicting-value", params: { firstLine: known.line, expected: known.text } });
    }
  }
  const stageName = row.etapa_nombre ?? DEFAULT_STAGE_NAMES[row.etapa];
  const duplicate = draft.stages.find((s) => s.kind === row.etapa && s.name === stageName);
  if (duplicate !== undefined) {
    rowErrors.push({ line, field: "etapa", code: "duplicate-stage", params: { value: stageName, firstLine: duplicate.line } });
  }
  if (rowErrors.length > 0) {
    errors.push(...rowErrors);
    return;
  }
  for (const field of CONTEST_FIELDS) {
    const value = row[field];
    if (isEmptyValue(value) || draft.values[field] !== undefined) continue;
    draft.values[field] = { value, line, text: Array.isArray(value) ? value.join(" | ") : String(value) };
  }
  draft.isSample ||= row.ejemplo;
  draft.stages.push({ ...stageFrom(row, draft.stages.length + 1), line });
}
