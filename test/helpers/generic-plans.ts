/**
 * The plan PostgreSQL keeps for a named prepared statement from its sixth run on a connection, made here on
 * purpose (plan_cache_mode=force_generic_plan) so that a test can read it: on a fresh deploy the tables are empty
 * when it is made, and it is kept until the tables are analysed again.
 */
import pg from "pg";

export interface GenericPlans {
  /** EXPLAIN of `sql`'s generic plan, run with these parameters (text, or null). */
  explain(sql: string, params: ReadonlyArray<string | null>): Promise<string>;
  close(): Promise<void>;
}

export async function genericPlans(connectionString: string, options = ""): Promise<GenericPlans> {
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  await client.query("SET plan_cache_mode = force_generic_plan");
  let statements = 0;
  return {
    async explain(sql, params) {
      const name = `generic_plan_${++statements}`;
      await client.query(`PREPARE ${name} AS ${sql}`);
      const literals = params.map((value) => (value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`)).join(", ");
      const rows = (await client.query(`EXPLAIN EXECUTE ${name}${literals ? `(${literals})` : ""}`)).rows as Array<{ "QUERY PLAN": string }>;
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    },
    close: () => client.end(),
  };
}

/** The tables among `tables` that the plan reads whole. */
export function tablesReadWhole(plan: string, tables: readonly string[]): string[] {
  return tables.filter((table) => plan.includes(`Seq Scan on "${table}"`));
}
