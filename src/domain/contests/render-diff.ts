/**
 * What an import changed, as text for the specialist (chat) or the operator (command line): counts, then the
 * added editions, each date that moved (old → new, the Peruvian way), stages added or removed, other data that
 * changed, and the removed editions. Long lists are cut with a count of the rest.
 */
import {
  formatDate,
  timeOf,
  type CalendarDiff,
  type CalendarLocale,
  type ContestChange,
  type KeptStage,
  type Translate,
} from "../calendar/index.js";

export interface DiffRenderContext {
  t: Translate;
  locale: CalendarLocale;
  now: Date;
}

const FIELD_IDS: Record<string, string> = {
  name: "calendar-import-field-name",
  shortName: "calendar-import-field-shortName",
  aliases: "calendar-import-field-aliases",
  organizer: "calendar-import-field-organizer",
  area: "calendar-import-field-area",
  levels: "calendar-import-field-levels",
  grades: "calendar-import-field-grades",
  categories: "calendar-import-field-categories",
  basesUrl: "calendar-import-field-basesUrl",
  notes: "calendar-import-field-notes",
  isSample: "calendar-import-field-isSample",
  "stage:name": "calendar-import-field-stage-name",
  "stage:place": "calendar-import-field-stage-place",
  "stage:order": "calendar-import-field-stage-order",
};

function edition(t: Translate, contest: { name: string; year: number; shortName?: string }): string {
  return t("calendar-contest-edition", { name: contest.shortName ?? contest.name, year: String(contest.year) });
}

function dateText(value: string | undefined, ctx: DiffRenderContext): string {
  if (value === undefined) return ctx.t("calendar-import-date-none");
  const date = formatDate(value, ctx.locale);
  const time = timeOf(value);
  return time === undefined ? date : ctx.t("calendar-date-with-time", { date, time });
}

function changeLines(change: ContestChange, ctx: DiffRenderContext): string[] {
  const { t } = ctx;
  const lines = [t("calendar-import-changed-item", { contest: edition(t, change) })];
  for (const date of change.dateChanges) {
    lines.push(
      t("calendar-import-date-change", {
        stage: date.stage.name,
        field: t(`calendar-import-date-field-${date.field}`),
        old: dateText(date.old, ctx),
        new: dateText(date.new, ctx),
      }),
    );
  }
  for (const stage of change.stagesAdded) lines.push(t("calendar-import-stage-added", { stage: stage.name }));
  for (const stage of change.stagesRemoved) lines.push(t("calendar-import-stage-removed", { stage: stage.name }));
  if (change.fieldsChanged.length > 0) {
    const fields = change.fieldsChanged.map((field) => (FIELD_IDS[field] ? t(FIELD_IDS[field]) : field));
    lines.push(t("calendar-import-fields-changed", { fields: fields.join(", ") }));
  }
  return lines;
}

/** "3 nuevos, 2 con cambios, 1 quitado, 5 sin cambios." */
export function renderDiffCounts(diff: CalendarDiff, t: Translate): string {
  return t("calendar-import-counts", {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    unchanged: diff.unchanged.length,
  });
}

export function renderCalendarDiff(diff: CalendarDiff, ctx: DiffRenderContext, maxItems = 15): string {
  const { t } = ctx;
  const blocks = [renderDiffCounts(diff, t)];
  const section = (header: string, items: string[][]): void => {
    if (items.length === 0) return;
    const lines = [t(header), ...items.slice(0, maxItems).flat()];
    if (items.length > maxItems) lines.push(t("calendar-import-more", { count: items.length - maxItems }));
    blocks.push(lines.join("\n"));
  };
  section("calendar-import-added-header", diff.added.map((c) => [t("calendar-import-list-item", { contest: edition(t, c) })]));
  section("calendar-import-changed-header", diff.changed.map((change) => changeLines(change, ctx)));
  section("calendar-import-removed-header", diff.removed.map((c) => [t("calendar-import-list-item", { contest: edition(t, c) })]));
  if (diff.added.length + diff.changed.length + diff.removed.length === 0) blocks.push(t("calendar-import-nothing-changed"));
  return blocks.join("\n\n");
}

/** What an import leaves in place or retires beyond the diff: kept stages of rejected rows, the sample's end. */
export function renderImportNotes(result: { kept: readonly KeptStage[]; retiresSample: boolean }, t: Translate): string[] {
  const lines = result.kept.map(({ contest, stage }) =>
    t("calendar-import-warning-kept-stored-stage", { stage: stage.name, contest: edition(t, contest) }),
  );
  if (result.retiresSample) lines.push(t("calendar-import-sample-retired"));
  return lines;
}
