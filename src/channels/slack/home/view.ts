/**
 * The App Home: who the person is for the bot, what they can do (the same commands /ayuda offers, as
 * buttons), their registrations and status, the next deadlines for their levels, and for specialists the
 * registrations waiting for review and the last ATA announcements with their confirmations, and the summary of
 * /reporte with its charts a button away.
 */
import type { types } from "@slack/bolt";
import type { CommandSpec, TurnContext } from "../../../conversation/context.js";
import { formatDate, todayInLima } from "../../../domain/calendar/lima-time.js";
import { actions, button, context, header, LIMITS, sections, type Block } from "../blocks.js";
import { ACTION } from "../render.js";
import { HOME_LIST_SIZE, isReviewerRole, lastAnnouncements, nextDeadlines, ownRegistrations, pendingReviews, type HomeRegistration } from "./queries.js";
import { reportSection } from "./report.js";
import { mayReadReports } from "../../../domain/reports/scope.js";

export interface HomeOptions {
  /** Commands this person may run (the conversation's list). */
  commands: CommandSpec[];
  /** The page of «Por revisar» to show (1-based; past the last one, the last one). */
  page?: number;
  /** The button that opens one registration for review, when a feature offers one. */
  reviewButton?: (registration: HomeRegistration, ctx: TurnContext) => { label: string; data: string } | null;
}

function divider(): types.DividerBlock {
  return { type: "divider" };
}

/** The page a home view shows, kept in its private_metadata so a refresh or another tap keeps it. */
export function homePageOf(privateMetadata: string | undefined): number {
  try {
    const page = (JSON.parse(privateMetadata ?? "{}") as { page?: unknown }).page;
    return typeof page === "number" && Number.isInteger(page) && page > 0 ? page : 1;
  } catch {
    return 1;
  }
}

function homeView(blocks: Block[], page: number): types.HomeView {
  return { type: "home", private_metadata: JSON.stringify({ page }), blocks: blocks.slice(0, LIMITS.viewBlocks) };
}

function registrationLine(ctx: TurnContext, registration: HomeRegistration): string {
  const status = ctx.t(`slack-home-status-${registration.status}`);
  const where = registration.ugelName ? ` · ${registration.ugelName}` : "";
  return `• ${registration.code} · ${registration.title}${where} — ${status}`;
}

export async function buildHomeView(ctx: TurnContext, options: HomeOptions): Promise<types.HomeView> {
  const { db } = ctx.services;
  const blocks: Block[] = [header(ctx.t("slack-home-title"))];

  if (!ctx.person.onboardedAt) {
    blocks.push(...sections(ctx.t("slack-home-welcome")));
    blocks.push(...actions([button(ctx.t("slack-home-start"), `${ACTION.command}start`, "start", "primary"), button(ctx.t("slack-home-link"), `${ACTION.command}vincular`, "vincular")]));
    return { type: "home", blocks };
  }

  const person = await db.person.findUniqueOrThrow({ where: { id: ctx.person.id }, include: { ugel: true, school: true } });
  const role = ctx.t(`role-${person.role ?? "docente"}`);
  blocks.push(context(ctx.t("slack-home-who", { role, ugel: person.ugel?.name ?? "—", school: person.school?.name ?? "—" })));
  let page = Math.max(1, options.page ?? 1);

  // Redraws this view in place, at the page it shows (read from the tapped view).
  blocks.push(...actions([button(ctx.t("slack-home-refresh"), `${ACTION.home}refresh`)]));

  const shortcuts = options.commands.filter((command) => command.helpKey);
  if (shortcuts.length > 0) {
    let counter = 0;
    blocks.push(...actions(shortcuts.map((command) => button(ctx.t(command.helpKey as string), `${ACTION.button}h${++counter}`, `cmd:${command.name}`))));
  }

  blocks.push(divider(), ...sections(ctx.t("slack-home-my-registrations")));
  const mine = await ownRegistrations(db, person.id);
  blocks.push(...sections(mine.length > 0 ? mine.map((registration) => registrationLine(ctx, registration)).join("\n") : ctx.t("slack-home-no-registrations")));

  blocks.push(divider(), ...sections(ctx.t("slack-home-deadlines")));
  const deadlines = await nextDeadlines(db, person.levels, ctx.now);
  const deadlineLines = deadlines.map((deadline) => `• ${ctx.t("slack-home-deadline", { contest: deadline.contest, stage: deadline.stage, day: formatDate(deadline.closes, ctx.locale) })}`);
  blocks.push(...sections(deadlineLines.length > 0 ? deadlineLines.join("\n") : ctx.t("slack-home-no-deadlines")));

  if (isReviewerRole(person.role, ctx.isAdmin)) {
    let pending = await pendingReviews(db, person, ctx.isAdmin, page);
    const pages = Math.max(1, Math.ceil(pending.total / HOME_LIST_SIZE));
    if (page > pages) {
      // Reviews were done since the page was drawn: show the last page there is.
      page = pages;
      pending = await pendingReviews(db, person, ctx.isAdmin, page);
    }
    blocks.push(divider(), ...sections(ctx.t("slack-home-pending", { count: pending.total })));
    if (pages > 1) blocks.push(context(ctx.t("slack-home-page", { page, pages })));
    if (pending.items.length === 0) blocks.push(...sections(ctx.t("slack-home-no-pending")));
    for (const registration of pending.items) {
      const review = options.reviewButton?.(registration, ctx);
      blocks.push({
        type: "section",
        block_id: `review.${registration.id}`,
        text: { type: "plain_text", text: registrationLine(ctx, registration).slice(0, LIMITS.sectionText), emoji: true },
        ...(review ? { accessory: button(review.label, `${ACTION.button}r${registration.id}`, review.data) } : {}),
      });
    }
    const paging: types.Button[] = [];
    if (page > 1) paging.push(button(ctx.t("reg-button-previous"), `${ACTION.home}prev`, String(page - 1)));
    if (page < pages) paging.push(button(ctx.t("reg-button-next"), `${ACTION.home}next`, String(page + 1)));
    if (paging.length > 0) blocks.push(...actions(paging));

    blocks.push(divider(), ...sections(ctx.t("slack-home-announcements")));
    const announcements = await lastAnnouncements(db, person, ctx.isAdmin);
    if (announcements.length === 0) blocks.push(...sections(ctx.t("slack-home-no-announcements")));
    for (const announcement of announcements) {
      const when = announcement.sessionAt ? formatDate(todayInLima(announcement.sessionAt), ctx.locale) : "—";
      blocks.push(
        ...sections(
          ctx.t("slack-home-announcement", {
            title: announcement.title,
            milestone: ctx.t(`slack-home-milestone-${announcement.milestone}`),
            when,
            delivered: announcement.delivered,
            received: announcement.received,
            attending: announcement.attending,
            notAttending: announcement.notAttending,
          }),
        ),
      );
    }
  }
  if (mayReadReports({ role: person.role, ugelId: person.ugelId, isAdmin: ctx.isAdmin })) blocks.push(divider(), ...(await reportSection(ctx)));
  return homeView(blocks, page);
}
