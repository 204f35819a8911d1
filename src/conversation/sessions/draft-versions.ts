/**
 * The drafts each person had when their last turn in this process ended, with the version PostgreSQL shows
 * for them (DRAFTS_VERSION_SQL in turn-state.ts). A turn's read sends that version and gets the drafts back
 * only when they changed since (another process, a script, a restore), instead of every draft's JSON on every
 * message: the drafts of a long form are the largest part of the read.
 */
import type { DraftState } from "../../forms/types.js";
import type { SessionWrite } from "./group-commit.js";

export interface KnownDrafts {
  version: string;
  drafts: DraftState[];
}

const DEFAULT_MAX_PEOPLE = 5_000;

export class DraftVersions {
  private readonly entries = new Map<string, KnownDrafts>();

  constructor(private readonly maxPeople = DEFAULT_MAX_PEOPLE) {}

  /**
   * Removes and returns the sender's entry: the turn owns it, and puts back what it committed. A turn that fails
   * puts nothing back, so drafts it may have changed in memory are never mistaken for stored ones.
   */
  take(senderKey: string): KnownDrafts | undefined {
    const known = this.entries.get(senderKey);
    this.entries.delete(senderKey);
    return known;
  }

  keep(senderKey: string, known: KnownDrafts): void {
    this.entries.delete(senderKey);
    this.entries.set(senderKey, known);
    if (this.entries.size > this.maxPeople) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/**
 * The version after transaction `xid` committed these writes: drafts saved carry its id, drafts removed are
 * gone, the others keep theirs. Built as DRAFTS_VERSION_SQL builds it (form ids are ASCII, so code-unit order
 * is the "C" collation's order).
 */
export function versionAfter(before: string, writes: SessionWrite[], xid: string): string {
  const bar = before.indexOf("|");
  const person = before.slice(0, bar);
  const listed = before.slice(bar + 1);
  const forms = new Map<string, string>();
  for (const entry of listed ? listed.split(",") : []) {
    const at = entry.lastIndexOf(":");
    forms.set(entry.slice(0, at), entry.slice(at + 1));
  }
  for (const write of writes) {
    if (write.kind !== "draft") continue;
    if (write.draft) forms.set(write.formId, xid);
    else forms.delete(write.formId);
  }
  const entries = [...forms.keys()].sort().map((formId) => `${formId}:${forms.get(formId)}`);
  return `${person}|${entries.join(",")}`;
}

/** A row's xmin from pg_current_xact_id() (a 64-bit id with the epoch above the 32 bits that xmin shows). */
export function xminOf(fullXid: string): string {
  return (BigInt(fullXid) % 4_294_967_296n).toString();
}
