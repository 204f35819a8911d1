/** Shared fixtures of the delivery tests: people with identities, and a scripted sender that records every call. */
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "../../../src/generated/prisma/client.js";
import type { Level, Role } from "../../../src/domain/db-types.js";
import type { DeliveryPayload } from "../../../src/delivery/outbox.js";
import type { ChannelPace, ChannelSender, RecipientIdentity, SendOutcome } from "../../../src/delivery/sender.js";

export interface PersonSpec {
  externalId: string;
  role?: Role;
  levels?: Level[];
  ugelId?: string;
  locale?: string;
  onboarded?: boolean;
}

export async function createPerson(db: PrismaClient, spec: PersonSpec): Promise<number> {
  const person = await db.person.create({
    data: {
      locale: spec.locale ?? "es",
      role: spec.role ?? "docente",
      levels: spec.levels ?? [],
      ugelId: spec.ugelId ?? null,
      onboardedAt: spec.onboarded === false ? null : new Date("2026-01-01T00:00:00Z"),
      identities: { create: { channel: "telegram", externalId: spec.externalId, chatRef: spec.externalId } },
    },
  });
  return person.id;
}

/** Many people at once (one statement each for people and identities); returns their ids in order. */
export async function createPeople(
  db: PrismaClient,
  count: number,
  spec: (index: number) => { externalId: string; role?: Role; levels?: Level[]; ugelId?: string | null },
): Promise<number[]> {
  const specs = Array.from({ length: count }, (_, index) => spec(index));
  const ids = await db.$queryRawUnsafe<Array<{ id: number }>>(
    `INSERT INTO "Person" (locale, role, levels, "ugelId", "onboardedAt", "updatedAt")
     SELECT 'es', s.role::"Role", s.levels::"Level"[], s.ugel, '2026-01-01T00:00:00Z', now()
     FROM jsonb_to_recordset($1::jsonb) AS s(role text, levels text[], ugel text, n int)
     ORDER BY s.n
     RETURNING id`,
    JSON.stringify(specs.map((item, n) => ({ role: item.role ?? "docente", levels: item.levels ?? [], ugel: item.ugelId ?? null, n }))),
  );
  const personIds = ids.map((row) => row.id).sort((a, b) => a - b);
  await db.$executeRawUnsafe(
    `INSERT INTO "ChannelIdentity" ("personId", channel, "externalId", "chatRef")
     SELECT (v->>'personId')::int, 'telegram', v->>'externalId', v->>'externalId' FROM jsonb_array_elements($1::jsonb) AS v`,
    JSON.stringify(personIds.map((personId, index) => ({ personId, externalId: specs[index]?.externalId }))),
  );
  return personIds;
}

export interface ScriptedCall {
  externalId: string;
  payload: DeliveryPayload;
  locale: string;
  startedAt: number;
  endedAt: number;
  /** The application clock when it was sent (simulated time in some tests). */
  at: Date;
  outcome: SendOutcome;
}

/** A sender whose answers a test chooses per chat (default: sent), and that records every call. */
export class ScriptedSender implements ChannelSender {
  readonly channel = "telegram" as const;
  readonly calls: ScriptedCall[] = [];
  private readonly scripts = new Map<string, SendOutcome[]>();
  private nextRef = 1;

  constructor(
    readonly pace: ChannelPace = { ratePerSecond: Number.POSITIVE_INFINITY, perChatIntervalMs: 0 },
    private readonly latencyMs = 0,
  ) {}

  /** The next answers for this chat, in order; when they run out, sends succeed. */
  script(externalId: string, ...outcomes: SendOutcome[]): void {
    this.scripts.set(externalId, [...(this.scripts.get(externalId) ?? []), ...outcomes]);
  }

  async send(identity: RecipientIdentity, payload: DeliveryPayload, now: Date): Promise<SendOutcome> {
    const startedAt = performance.now();
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const outcome = this.scripts.get(identity.externalId)?.shift() ?? { kind: "sent", externalRef: String(this.nextRef++) };
    this.calls.push({ externalId: identity.externalId, payload, locale: identity.locale, startedAt, endedAt: performance.now(), at: now, outcome });
    return outcome;
  }

  sentTo(externalId: string): number {
    return this.calls.filter((call) => call.externalId === externalId && call.outcome.kind === "sent").length;
  }
}

export const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };
