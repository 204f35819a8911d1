// What the write observer tells the session cache for each kind of statement: the people a write touched when
// its result names them, everyone when it cannot tell, nothing for new rows or reads.
import { describe, expect, it } from "vitest";
import { WriteObserver, type WriteNotice } from "../../../src/db/write-observer.js";

function noticesFor(sql: string, rows: Array<Record<string, unknown>> = [], affectedRows = rows.length): WriteNotice[] {
  const observer = new WriteObserver();
  const notices: WriteNotice[] = [];
  observer.subscribe((notice) => notices.push(notice));
  observer.inspect(sql, { rows, fields: Object.keys(rows[0] ?? {}).map((name) => ({ name, dataTypeID: 0 })), affectedRows });
  return notices;
}

describe("write observer", () => {
  it("names the person an UPDATE … RETURNING touched", () => {
    expect(noticesFor('UPDATE "public"."Person" SET "role" = $1 WHERE "id" = $2 RETURNING "public"."Person"."id"', [{ id: 7 }])).toEqual([
      { scope: "people", personIds: [7], senderKeys: [], identityIds: [] },
    ]);
  });

  it("names the sender and identity of a changed identity", () => {
    const [notice] = noticesFor('UPDATE "ChannelIdentity" SET unreachable = true WHERE id = $1 RETURNING *', [
      { id: 3, personId: 7, channel: "telegram", externalId: "55" },
    ]);
    expect(notice).toEqual({ scope: "people", personIds: [7], senderKeys: ["telegram:55"], identityIds: [3] });
  });

  it("says everyone when the rows are unknown: no RETURNING, TRUNCATE, a delete reaching Person", () => {
    expect(noticesFor('UPDATE "Person" SET role = NULL', [], 4)).toEqual([{ scope: "all" }]);
    expect(noticesFor('TRUNCATE "Person", "Ugel" CASCADE', [], 0)).toEqual([{ scope: "all" }]);
    expect(noticesFor('DELETE FROM "public"."School" WHERE id = $1', [], 1)).toEqual([{ scope: "all" }]);
    expect(noticesFor('INSERT INTO "ConversationDraft" ("personId") VALUES ($1) ON CONFLICT DO NOTHING', [], 1)).toEqual([{ scope: "all" }]);
  });

  it("says nothing for reads, new people and identities, and other tables", () => {
    expect(noticesFor('SELECT * FROM "Person" WHERE id = $1 FOR UPDATE', [{ id: 1 }])).toEqual([]);
    expect(noticesFor('INSERT INTO "public"."Person" ("locale") VALUES ($1) RETURNING "id"', [{ id: 9 }])).toEqual([]);
    expect(noticesFor('INSERT INTO "public"."School" ("codigoModular") VALUES ($1) RETURNING "id"', [{ id: 2 }])).toEqual([]);
    expect(noticesFor('UPDATE "Person" SET role = NULL WHERE id = -1', [], 0)).toEqual([]);
  });

  it("calls table listeners on any write to their tables", () => {
    const observer = new WriteObserver();
    let calls = 0;
    observer.onWrite(["RegistrationCategory"], () => (calls += 1));
    observer.inspect('SELECT * FROM "RegistrationCategory"', { rows: [], fields: [], affectedRows: 0 });
    observer.inspect('UPDATE "public"."RegistrationCategory" SET name = $1', { rows: [], fields: [], affectedRows: 1 });
    expect(calls).toBe(1);
  });
});
