/**
 * Import problems → text for the specialist who uploaded the file (calendar-import-* Fluent messages).
 */
import type { ImportError, ImportResult } from "./import-rows.js";
import type { Translate } from "./render-answer.js";

export function renderImportError(error: ImportError, t: Translate, kind: "error" | "warning" = "error"): string {
  // Line numbers and years are labels, not quantities: pass them as text so they are not grouped ("1,024").
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]));
  const reason = t(`calendar-import-${kind}-${error.code}`, params);
  return t(`calendar-import-${kind}-line`, { line: String(error.line), field: error.field, reason });
}

/** Summary line, then one line per problem (at most `maxErrors`). */
export function renderImportReport(result: ImportResult, t: Translate, maxErrors = 30): string {
  const lines = [t("calendar-import-summary", { rows: result.rowsRead, contests: result.contests.length, errors: result.errors.length })];
  for (const error of result.errors.slice(0, maxErrors)) lines.push(renderImportError(error, t));
  const warnings = result.warnings ?? [];
  for (const warning of warnings.slice(0, maxErrors)) lines.push(renderImportError(warning, t, "warning"));
  if (warnings.length > maxErrors) lines.push(t("calendar-import-more", { count: warnings.length - maxErrors }));
  return lines.join("\n");
}
