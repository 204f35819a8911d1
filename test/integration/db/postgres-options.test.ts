// The settings every PostgreSQL connection starts with: PostgreSQL's own choice between generic and custom plans
// (the named statements are written to read by index in any plan, see submit-plans and turn-plans tests), Prisma's
// ?schema= as the search path, and the operator's own ?options= kept beside them, winning over ours.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.js";
import { testDatabaseUrl, testLogger } from "../../helpers/db.js";

const url = testDatabaseUrl();

describe.runIf(url)("PostgreSQL connection settings", () => {
  it("keeps PostgreSQL's plan choice, ?schema= and the operator's ?options=", async () => {
    const withParams = new URL(url as string);
    withParams.searchParams.set("schema", "pasco_opts");
    withParams.searchParams.set("options", "-c statement_timeout=4321 -c plan_cache_mode=force_custom_plan");
    const plain = await openDatabase({ databaseUrl: url as string, dataDir: "", logger: testLogger, poolSize: 1 });
    try {
      expect(((await plain.pool!.query("SHOW plan_cache_mode")).rows[0] as { plan_cache_mode: string }).plan_cache_mode).toBe("auto");
    } finally {
      await plain.close();
    }
    const db = await openDatabase({ databaseUrl: withParams.toString(), dataDir: "", logger: testLogger, poolSize: 2 });
    try {
      const show = async (name: string) => ((await db.pool!.query(`SHOW ${name}`)).rows[0] as Record<string, string>)[name];
      expect(await show("statement_timeout")).toBe("4321ms");
      expect(await show("plan_cache_mode")).toBe("force_custom_plan");
      expect(await show("search_path")).toContain("pasco_opts");
    } finally {
      await db.close();
    }
  });
});
