/**
 * What a turn needs to know about the person, read in one query: their identity on this channel, their
 * profile and which flow they are in. It runs on every message, so it is plain SQL (enum arrays cast to
 * text[] so both driver adapters return arrays); building typed rows makes a new column a compile error.
 */
import type { Sender } from "../core/types.js";
import type { Channel, ChannelIdentity, Db, Level, Person, Role } from "../domain/db-types.js";
import type { DraftState } from "../forms/types.js";
import { queryRows } from "../db/rows.js";
import { draftFromRow, type DraftRow } from "./draft-store.js";
import { parseMenu, type LastMenu } from "./last-menus.js";

export interface TurnState {
  person: Person;
  identity: ChannelIdentity;
  flow: string | null;
  flowData: Record<string, unknown> | null;
  /** The buttons under the last reply of a turn that ended outside any flow (last-menus.ts). */
  menu: LastMenu | null;
}

export interface TurnRow {
  identityId: number;
  chatRef: string | null;
  unreachable: boolean;
  unreachableAt: Date | null;
  identityCreatedAt: Date;
  id: number;
  displayName: string | null;
  locale: string;
  role: string | null;
  ugelId: string | null;
  schoolId: number | null;
  levels: string[];
  consentAt: Date | null;
  consentVersion: string | null;
  onboardedAt: Date | null;
  remindersMuted: boolean;
  digestMuted: boolean;
  reminderOffsets: number[];
  createdAt: Date;
  updatedAt: Date;
  flow: string | null;
  flowData: Record<string, unknown> | string | null;
  menu: unknown;
}

const TURN_COLUMNS = `
  i.id AS "identityId", i."chatRef", i.unreachable, i."unreachableAt", i."createdAt" AS "identityCreatedAt",
  p.id, p."displayName", p.locale, p.role::text AS role, p."ugelId", p."schoolId", COALESCE(p.levels::text[], '{}') AS levels,
  p."consentAt", p."consentVersion", p."onboardedAt", p."remindersMuted", p."digestMuted", p."reminderOffsets",
  p."createdAt", p."updatedAt"`;

export async function loadTurnState(db: Db, sender: Pick<Sender, "channel" | "externalId">): Promise<TurnState | null> {
  const rows = await queryRows<TurnRow>(
    db,
    `SELECT ${TURN_COLUMNS}, s.flow, s.data AS "flowData", s.menu
     FROM "ChannelIdentity" i
     JOIN "Person" p ON p.id = i."personId"
     LEFT JOIN "ConversationState" s ON s."personId" = p.id
     WHERE i.channel = $1::"Channel" AND i."externalId" = $2`,
    [sender.channel, sender.externalId],
  );
  const row = rows[0];
  return row ? toTurnState(row, sender) : null;
}

/**
 * The turn state, creating the person and their identity on first contact (nothing personal is stored), in one
 * statement. Two first messages at once from one sender (two processes on PostgreSQL) make the second
 * statement fail on the unique identity, inserting nothing: the caller reads again.
 */
export async function loadOrCreateTurnState(
  db: Db,
  sender: Pick<Sender, "channel" | "externalId" | "chatRef">,
  locale: string,
  options: { withDrafts?: boolean } = {},
): Promise<{ state: TurnState; created: boolean; drafts?: DraftState[] }> {
  const rows = await queryRows<TurnRow & { created: boolean; drafts: string }>(
    db,
    turnStatement(options.withDrafts ?? false),
    [locale, sender.channel, sender.externalId, sender.chatRef ?? sender.externalId],
  );
  const row = rows[0] as TurnRow & { created: boolean; drafts: string };
  if (!options.withDrafts) return { state: toTurnState(row, sender), created: row.created };
  return turnFromRow(row, sender);
}

/**
 * The statement behind loadOrCreateTurnState ($1 locale, $2 channel, $3 external id, $4 chat). `extra` adds
 * columns to its one row (scalar expressions that may use further parameters, from $5 on): data-modifying
 * CTEs must stay at the top level, so a caller cannot wrap this statement in another.
 */
export function turnStatement(withDrafts: boolean, extra = ""): string {
  const more = extra ? `, ${extra}` : "";
  return `WITH found AS (${foundTurnSelect(withDrafts, "$2", "$3")}), p AS (
       INSERT INTO "Person" (locale, "updatedAt") SELECT $1, now() WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING *
     ), i AS (
       INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef")
       SELECT p.id, $2::"Channel", $3, $4 FROM p RETURNING *
     )
     SELECT *${more} FROM found
     UNION ALL
     SELECT ${TURN_COLUMNS}, NULL::text, NULL::jsonb, NULL::jsonb, true, '[]'${more} FROM i JOIN p ON p.id = i."personId"`;
}

/** Every form draft of the person `p`, as JSON text: a cache can answer for all of them from one read. */
export const DRAFTS_SQL = `(SELECT COALESCE(json_agg(json_build_object('formId', d."formId", 'stepKey', d."stepKey", 'answers', d.answers,
         'context', d.context, 'version', d.version)), '[]'::json)::text FROM "ConversationDraft" d WHERE d."personId" = p.id)`;

/**
 * Whose drafts these are, which the person `p` has and which transaction wrote each, as
 * "personId|formId:xmin,…" in formId order: any write or removal of one of them, by anyone, changes it (and one
 * transaction may write several people's drafts, hence the person). Reads no draft's contents.
 */
export const DRAFTS_VERSION_SQL = `(SELECT p.id::text || '|' || COALESCE(string_agg(d."formId" || ':' || d.xmin::text, ',' ORDER BY d."formId" COLLATE "C"), '')
         FROM "ConversationDraft" d WHERE d."personId" = p.id)`;

/**
 * The read half of turnStatement alone: the row of a person already known on the channel, or none. A plain
 * SELECT, so PostgreSQL starts no insert machinery for it; `channel` and `externalId` name its parameters,
 * `extra` adds columns and `join` joins more (which the columns may use). `withDrafts`: true for DRAFTS_SQL,
 * false for none, or an SQL expression of the column's own.
 */
export function foundTurnSelect(withDrafts: boolean | string, channel: string, externalId: string, extra = "", join = ""): string {
  const drafts = typeof withDrafts === "string" ? withDrafts : withDrafts ? DRAFTS_SQL : `'[]'`;
  return `SELECT ${TURN_COLUMNS}, s.flow, s.data AS "flowData", s.menu, false AS created, ${drafts} AS drafts${extra ? `, ${extra}` : ""}
       FROM "ChannelIdentity" i
       JOIN "Person" p ON p.id = i."personId"
       LEFT JOIN "ConversationState" s ON s."personId" = p.id${join ? `\n       ${join}` : ""}
       WHERE i.channel = ${channel}::"Channel" AND i."externalId" = ${externalId}`;
}

/** Parses one row of turnStatement (with drafts when it was built with them). */
export function turnFromRow(
  row: TurnRow & { created: boolean; drafts: string },
  sender: Pick<Sender, "channel" | "externalId">,
): { state: TurnState; created: boolean; drafts: DraftState[] } {
  return { state: toTurnState(row, sender), created: row.created, drafts: parseDrafts(row.drafts) };
}

/** The drafts column of a turn row (DRAFTS_SQL). */
export function parseDrafts(text: string): DraftState[] {
  const stored = JSON.parse(text) as Array<DraftRow & { formId: string }>;
  return stored.map((draft) => draftFromRow(draft.formId, draft));
}

export function toTurnState(row: TurnRow, sender: Pick<Sender, "channel" | "externalId">): TurnState {
  const person: Person = {
    id: row.id,
    displayName: row.displayName,
    locale: row.locale,
    role: row.role as Role | null,
    ugelId: row.ugelId,
    schoolId: row.schoolId,
    levels: row.levels as Level[],
    consentAt: row.consentAt,
    consentVersion: row.consentVersion,
    onboardedAt: row.onboardedAt,
    remindersMuted: row.remindersMuted,
    digestMuted: row.digestMuted,
    reminderOffsets: row.reminderOffsets,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  const identity: ChannelIdentity = {
    id: row.identityId,
    personId: row.id,
    channel: sender.channel as Channel,
    externalId: sender.externalId,
    chatRef: row.chatRef,
    unreachable: row.unreachable,
    unreachableAt: row.unreachableAt,
    createdAt: row.identityCreatedAt,
  };
  const flowData = typeof row.flowData === "string" ? (JSON.parse(row.flowData) as Record<string, unknown>) : row.flowData;
  return { person, identity, flow: row.flow, flowData, menu: parseMenu(row.menu) };
}

/** The person's flow, its data and their last menu, together (a new flow always comes with the menu it leaves). */
export async function saveFlow(db: Db, personId: number, flow: string | null, data: Record<string, unknown> | null, menu: LastMenu | null = null): Promise<void> {
  const json = data === null ? null : JSON.stringify(data);
  const menuJson = menu === null ? null : JSON.stringify(menu);
  await db.$executeRaw`
    INSERT INTO "ConversationState" ("personId", "flow", "data", "menu", "updatedAt") VALUES (${personId}, ${flow}, ${json}::jsonb, ${menuJson}::jsonb, now())
    ON CONFLICT ("personId") DO UPDATE SET "flow" = EXCLUDED."flow", "data" = EXCLUDED."data", "menu" = EXCLUDED."menu", "updatedAt" = EXCLUDED."updatedAt"`;
}
