// Group commit: writes made together share one statement, the last write per key wins, and a bad write fails
// alone. The statement runner is a fake here; the integration tests run the real SQL.
import { describe, expect, it } from "vitest";
import { batchStatement, GroupCommit, type SessionWrite } from "../../../src/conversation/sessions/group-commit.js";

const draft = (personId: number, stepKey: string): SessionWrite => ({
  kind: "draft",
  personId,
  formId: "onboarding",
  draft: { formId: "onboarding", stepKey, answers: {}, version: 1 },
});

function recordingRunner(fail?: (params: unknown[]) => boolean) {
  const calls: unknown[][] = [];
  const run = async (_sql: string, params: unknown[]) => {
    calls.push(params);
    if (fail?.(params)) throw new Error("constraint violated");
  };
  return { calls, run };
}

describe("group commit", () => {
  it("commits the writes made in the same pass in one statement", async () => {
    const { calls, run } = recordingRunner();
    const commit = new GroupCommit(run);
    await Promise.all([commit.write(draft(1, "a")), commit.write(draft(2, "b")), commit.write({ kind: "update", channel: "telegram", updateId: "9" })]);
    expect(calls).toHaveLength(1);
    const [drafts, updates] = calls[0] as string[];
    expect(JSON.parse(drafts!).map((row: { personId: number }) => row.personId)).toEqual([1, 2]);
    expect(JSON.parse(updates!)).toEqual([{ channel: "telegram", updateId: "9" }]);
  });

  it("keeps only the last write per key, and resolves every caller", async () => {
    const { calls, run } = recordingRunner();
    const commit = new GroupCommit(run);
    await Promise.all([commit.write(draft(1, "first")), commit.write(draft(1, "second"))]);
    expect(calls).toHaveLength(1);
    expect(JSON.parse((calls[0] as string[])[0]!)).toMatchObject([{ personId: 1, stepKey: "second" }]);
  });

  it("retries a failed batch one write at a time, so only the bad write fails", async () => {
    const { calls, run } = recordingRunner((params) => (params as string[]).some((json) => json.includes('"personId":2')));
    const commit = new GroupCommit(run);
    const results = await Promise.allSettled([commit.write(draft(1, "a")), commit.write(draft(2, "b")), commit.write(draft(3, "c"))]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(calls).toHaveLength(4); // the batch, then each write alone
  });

  it("writes again what arrives while a batch is committing, and barrier() waits for it", async () => {
    const { calls, run } = recordingRunner();
    const commit = new GroupCommit(run);
    const first = commit.write(draft(1, "a"));
    await first;
    const second = commit.write(draft(1, "b"));
    await commit.barrier();
    await second;
    expect(calls).toHaveLength(2);
  });

  it("puts in the statement only the kinds of write present", () => {
    const [sql, params] = batchStatement([{ kind: "flow", personId: 4, flow: null, data: null, menu: null }]);
    expect(sql).toContain('"ConversationState"');
    expect(sql).not.toContain('"ConversationDraft"');
    expect(params).toEqual([JSON.stringify([{ personId: 4, flow: null, data: null, menu: null }])]);
  });
});
