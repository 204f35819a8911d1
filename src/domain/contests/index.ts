/**
 * Contests in the database: the in-memory calendar the conversation answers from, imports (all or nothing,
 * diffed, audited) and the sample calendar of a fresh install. The pure calendar logic is in ../calendar.
 */
export { contestCalendar, ContestCalendar, type CalendarSnapshot } from "./calendar-cache.js";
export { loadContests, calendarFingerprint, type LoadedContests } from "./load.js";
export { editionKey } from "./records.js";
export {
  previewCalendarImport,
  saveCalendarImport,
  coveredYears,
  type ImportActor,
  type ImportPreview,
  type SaveImportInput,
  type SaveImportResult,
} from "./save-import.js";
export { seedSampleCalendar } from "./seed-sample.js";
export { renderCalendarDiff, renderDiffCounts, renderImportNotes } from "./render-diff.js";
export { upcomingContestsFor } from "./my-contests.js";
