/**
 * /registros for specialists: the registrations of their UGEL (every UGEL for the DRE and admins), filtered
 * by kind, status and year, five to a page. The filters travel in the button data; the scope never does.
 */
import type { Button, Reply } from "../../../core/types.js";
import { textReply } from "../../../core/types.js";
import { actorFrom } from "../../../domain/registrations/authorization.js";
import { REGISTRATION_KINDS, REGISTRATION_STATUSES } from "../../../domain/registrations/kinds.js";
import { listForReview, PAGE_SIZE, reviewYears } from "../../../domain/registrations/queries.js";
import type { TurnContext } from "../../context.js";
import { listButton, type ListFilter } from "./buttons.js";
import { itemButtons, listLine, pagingRow } from "./view.js";

function mark(selected: boolean, label: string): string {
  return selected ? `• ${label} •` : label;
}

function filterRows(ctx: TurnContext, filter: ListFilter, years: number[]): Button[][] {
  const all = ctx.t("reg-filter-all");
  const kinds: Button[] = [
    { label: mark(!filter.kind, all), data: listButton({ ...filter, kind: undefined }, 1) },
    ...REGISTRATION_KINDS.map((kind) => ({ label: mark(filter.kind === kind, ctx.t("reg-filter-kind", { kind })), data: listButton({ ...filter, kind }, 1) })),
  ];
  const statuses: Button[] = [
    { label: mark(!filter.status, all), data: listButton({ ...filter, status: undefined }, 1) },
    ...REGISTRATION_STATUSES.map((status) => ({ label: mark(filter.status === status, ctx.t("registration-status", { status })), data: listButton({ ...filter, status }, 1) })),
  ];
  const yearButtons: Button[] = [
    { label: mark(!filter.year, all), data: listButton({ ...filter, year: undefined }, 1) },
    ...years.slice(0, 4).map((year) => ({ label: mark(filter.year === year, String(year)), data: listButton({ ...filter, year }, 1) })),
  ];
  return [kinds, statuses.slice(0, 4), statuses.slice(4), yearButtons];
}

export async function showReviewList(ctx: TurnContext, filter: ListFilter, page: number): Promise<Reply[]> {
  const actor = actorFrom(ctx);
  const result = await listForReview(ctx.services.db, actor, filter, page);
  if (!result) return [textReply(ctx.t("command-not-allowed"))];
  const ugel = result.ugelId ? await ctx.services.db.ugel.findUnique({ where: { id: result.ugelId } }) : null;
  const lines = [
    ctx.t("reg-review-heading", {
      scope: ugel?.name ?? ctx.t("reg-review-all-ugels"),
      kind: filter.kind ?? "all",
      status: filter.status ?? "all",
      year: filter.year ? String(filter.year) : "all",
      page: result.page,
      pages: result.pages,
      total: result.total,
    }),
  ];
  if (result.total === 0) lines.push(ctx.t("reg-review-empty"));
  result.items.forEach((item, index) => lines.push(listLine(ctx, item, (result.page - 1) * PAGE_SIZE + index + 1)));
  const paging = pagingRow(ctx, result, (target) => listButton(filter, target));
  const years = await reviewYears(ctx.services.db, actor);
  return [textReply(lines.join("\n"), [...itemButtons(ctx, result.items), ...(paging.length > 0 ? [paging] : []), ...filterRows(ctx, filter, years)])];
}
