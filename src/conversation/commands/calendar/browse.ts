/**
 * /calendario: what is open or coming, grouped by month and paged, for the person's levels (everything for
 * specialists), with page buttons and "Agregar todos mis concursos".
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { listByMonth, renderMonthPage } from "../../../domain/calendar/index.js";
import type { TurnContext } from "../../context.js";
import { personLevels, PREFIX, renderContext, snapshotFor } from "./shared.js";

export const CALENDAR_PAGE_SIZE = 10;

export async function calendarPage(ctx: TurnContext, requestedPage: number): Promise<Reply[]> {
  const snapshot = await snapshotFor(ctx);
  const levels = personLevels(ctx);
  const page = listByMonth(snapshot.index, ctx.now, { levels: levels ?? [], page: requestedPage, pageSize: CALENDAR_PAGE_SIZE });
  let text = renderMonthPage(page, renderContext(ctx));
  if (levels !== null) {
    const names = levels.map((level) => ctx.t(`calendar-level-${level}`)).join(", ");
    text = `${ctx.t("calendar-page-levels", { levels: names })}\n\n${text}`;
  }
  const paging: Button[] = [];
  if (page.page > 1) paging.push({ label: ctx.t("calendar-button-previous"), data: `${PREFIX}:p:${page.page - 1}` });
  if (page.page < page.totalPages) paging.push({ label: ctx.t("calendar-button-next"), data: `${PREFIX}:p:${page.page + 1}` });
  const rows: Button[][] = [];
  if (paging.length > 0) rows.push(paging);
  if (page.totalItems > 0) rows.push([{ label: ctx.t("calendar-button-ics-all"), data: `${PREFIX}:a` }]);
  return [textReply(text, rows)];
}
