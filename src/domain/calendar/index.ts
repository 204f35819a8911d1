/**
 * Contest calendar: pure logic (no database, no chat framework). The database layer and the conversation
 * layer call these with plain ContestData and an injected `now` and translator.
 */
export * from "./types.js";
export * from "./lima-time.js";
export { normalizeText, tokenize, damerauLevenshtein, slugify } from "./normalize.js";
export { buildContestMatcher, matchContests, suggestContests, MATCH_THRESHOLD, type ContestMatch, type MatchResult } from "./match-contest.js";
export { buildCalendarIndex, toCalendarIndex, type CalendarIndex } from "./calendar-index.js";
export { collectEntries, selectEntries, type CalendarEntry, type EntryKind, type WindowItem } from "./calendar-entries.js";
export * from "./parse-question.js";
export { isConfidentCalendarQuestion } from "./question-confidence.js";
export * from "./facts.js";
export * from "./answer-types.js";
export { answerQuery, answerQuestion, type AnswerOptions } from "./answer-question.js";
export { listByMonth, DEFAULT_PAGE_SIZE, type ListItem, type ListOptions, type MonthGroup, type MonthPage } from "./list-by-month.js";
export { renderAnswer, renderMonthPage, type RenderContext, type Translate } from "./render-answer.js";
export { buildIcs, escapeText, foldLine, type IcsOptions } from "./ics.js";
export { importCalendarCsv, importCalendarXlsx, importCalendarFile, detectDelimiter } from "./import-file.js";
export type { ImportError, ImportOptions, ImportResult } from "./import-rows.js";
export { COLUMNS, OPTIONAL_COLUMNS, parseDateText, type ImportErrorCode } from "./import-layout.js";
export { buildTemplateCsv, buildTemplateXlsx } from "./import-template.js";
export { diffCalendars, type CalendarDiff, type ContestChange, type DateChange } from "./diff-calendar.js";
export { renderImportError, renderImportReport } from "./render-import.js";
export { evaluateQuestionSet, judgeAnswer, type QuestionCase, type QuestionSet, type QuestionSetReport } from "./evaluate-question-set.js";
export { keepStoredForRejectedRows, type KeptStage } from "./keep-stored.js";
