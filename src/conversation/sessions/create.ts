/** Chooses the sessions for a database: cached with group commit on embedded PGlite, plain SQL on PostgreSQL. */
import type { Database } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { CachedSessions } from "./cached.js";
import { DirectSessions } from "./direct.js";
import type { Sessions } from "./types.js";

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
  return new DirectSessions(db.prisma);
}
