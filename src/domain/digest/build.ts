/**
 * Writes one week's digests to the outbox: one Delivery per specialist who has not turned it off, with the
 * idempotency key `digest:<personId>:<ISO week>`, so it is queued once per week whatever restarts, catch-ups
 * or processes happen. A UGEL specialist's digest is computed for their UGEL only; the DRE's and admins' for
 * the region. The text is written in each person's language when the digest is built.
 */
import { formatDate, todayInLima } from "../calendar/lima-time.js";
import type { Db } from "../db-types.js";
import type { I18n, Locale } from "../../i18n.js";
import { isLocale } from "../../i18n.js";
import { enqueueMany, type EnqueueInput } from "../../delivery/outbox.js";
import { digestContent, type DigestContent } from "./content.js";
import type { DigestWeek } from "./week.js";

export interface DigestBuildInput {
  week: DigestWeek;
  now: Date;
  notBefore: Date;
  i18n: I18n;
}

export const DIGEST_OFF_BUTTON = "dig:off";

const TITLE_MAX = 60;
const short = (text: string) => (text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1)}…`);

export function digestKey(personId: number, week: DigestWeek): string {
  return `digest:${personId}:${week.key}`;
}

/** The digest's text in one language. */
export function digestText(i18n: I18n, locale: Locale, scope: string, content: DigestContent, week: DigestWeek): string {
  const t = (id: string, args?: Record<string, string | number>) => i18n.t(locale, id, args);
  const list = (count: number, lines: string[]) => (count === 0 ? [`   ${t("digest-none")}`] : [...lines, ...(count > lines.length ? [t("digest-more", { count: count - lines.length })] : [])]);
  const day = (value: Date | string) => formatDate(typeof value === "string" ? value : todayInLima(value), locale);
  return [
    t("digest-heading", { scope, weekDay: day(week.dueDay) }),
    "",
    t("digest-new", { count: content.newCount }),
    ...list(content.newCount, content.newItems.map((item) => t("digest-line-registration", { code: item.code, title: short(item.title), school: item.school ?? "—" }))),
    "",
    t("digest-pending", { count: content.pendingCount }),
    ...list(content.pendingCount, content.pendingItems.map((item) => t("digest-line-pending", { code: item.code, status: item.status, since: day(item.sentAt), title: short(item.title) }))),
    "",
    t("digest-deadlines", { count: content.deadlines.length }),
    ...list(content.deadlines.length, content.deadlines.map((item) => t("digest-line-deadline", { day: day(item.day), contest: item.contest, stage: item.stage }))),
    "",
    t("digest-ata", { count: content.lowAta.length }),
    ...list(content.lowAta.length, content.lowAta.map((item) => t("digest-line-ata", { title: short(item.title), milestone: item.milestone, confirmed: item.confirmed, sent: item.sent }))),
    "",
    t("digest-footer"),
  ].join("\n");
}

/** Queues the week's digests; returns how many were new. */
export async function buildDigests(db: Db, input: DigestBuildInput): Promise<number> {
  const specialists = await db.person.findMany({
    where: {
      digestMuted: false,
      onboardedAt: { not: null },
      OR: [{ role: "especialista_ugel", ugelId: { not: null } }, { role: { in: ["especialista_dre", "admin"] } }],
    },
    select: { id: true, role: true, ugelId: true, locale: true, ugel: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const contents = new Map<string, Promise<DigestContent>>();
  const contentOf = (ugelId: string | null) => {
    const key = ugelId ?? "*";
    let content = contents.get(key);
    if (!content) contents.set(key, (content = digestContent(db, ugelId, input.now)));
    return content;
  };
  const deliveries: EnqueueInput[] = [];
  for (const person of specialists) {
    const ugelId = person.role === "especialista_ugel" ? person.ugelId : null;
    const locale: Locale = isLocale(person.locale) ? person.locale : "es";
    const scope = ugelId ? (person.ugel?.name ?? ugelId) : input.i18n.t(locale, "export-all-ugels");
    const text = digestText(input.i18n, locale, scope, await contentOf(ugelId), input.week);
    deliveries.push({
      idempotencyKey: digestKey(person.id, input.week),
      kind: "system",
      personId: person.id,
      notBefore: input.notBefore,
      payload: { key: "digest-message", args: { text }, buttons: [[{ labelKey: "digest-button-list", data: "cmd:registros" }], [{ labelKey: "digest-button-off", data: DIGEST_OFF_BUTTON }]] },
    });
  }
  return enqueueMany(db, deliveries);
}
