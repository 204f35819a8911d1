// The settings every PostgreSQL connection starts with: plans made at each run of a prepared statement (so a plan
// chosen while the tables were small is not kept as they grow), Prisma's ?schema= as the search path, and the
// operator's own ?options= kept beside them.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/client.js";
import { testDatabaseUrl, testLogger } from "../../helpers/db.js";

const url = testDatabaseUrl();

describe.runIf(url)("PostgreSQL connection settings", () => {
  it("plans each run, and keeps ?schema= and the operator's ?options=", async () => {
    const withParams = new URL(url as string);
    withParams.searchParams.set("schema", "pasco_opts");
    withParams.searchParams.set("options", "-c statement_timeout=4321");
    const db = await openDatabase({ databaseUrl: withParams.toString(), dataDir: "", logger: testLogger, poolSize: 2 });
    try {
      const show = async (name: string) => ((await db.pool!.query(`SHOW ${name}`)).rows[0] as Record<string, string>)[name];
      expect(await show("plan_cache_mode")).toBe("force_custom_plan");
      expect(await show("statement_timeout")).toBe("4321ms");
      expect(await show("search_path")).toContain("pasco_opts");
    } finally {
      await db.close();
    }
  });
});
