/**
 * Chooses the sessions for a database: cached with group commit on embedded PGlite, per-person locked turns
 * on PostgreSQL.
 */
import type { Database } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { CachedSessions } from "./cached.js";
import { DirectSessions } from "./direct.js";
import { PostgresSessions } from "./postgres.js";
import type { Sessions } from "./types.js";

/** Set after the database's own options. No JIT for a turn's small statements. */
export const TURN_CONNECTION_OPTIONS = "-c jit=off";
const MIN_TURN_CONNECTIONS = 3;

export async function createSessions(db: Database, logger: Logger): Promise<Sessions> {
  if (db.kind === "pglite" && db.writes) {
    const { observer, prepared } = db.writes;
    return CachedSessions.open({
      db: db.prisma,
      observer,
      logger,
      run: (sql, params) => prepared(sql, params),
    });
  }
  if (db.kind === "postgres" && db.pool) {
    const { default: pg } = await import("pg");
    // Turns hold their connection while they run: a pool of their own, the same size as Prisma's. Their
    // statements are key lookups written so that any plan of them reads by index (postgres.ts, group-commit.ts),
    // so they keep PostgreSQL's generic plans: a fifth less server CPU per registration in the bench than
    // planning at each run.
    // At least three: the batcher's lock and commit connections, which it keeps, and one for a queued turn.
    const max = Math.max(MIN_TURN_CONNECTIONS, db.pool.options.max ?? MIN_TURN_CONNECTIONS);
    const turns = new pg.Pool({ ...db.pool.options, max, options: `${db.pool.options.options ?? ""} ${TURN_CONNECTION_OPTIONS}`.trim() });
    turns.on("error", (error) => logger.warn({ err: error }, "idle PostgreSQL connection failed"));
    return new PostgresSessions(db.prisma, turns, logger);
  }
  return new DirectSessions(db.prisma);
}
