/**
 * Raw SQL on the hot paths (every turn, every draft, every registration sent) goes through queryRows. Each
 * database registers a runner that prepares each statement once per connection and then only binds and runs
 * it (pglite-prepared.ts, pg-prepared.ts); on any other client, a transaction's included, it is Prisma's
 * $queryRawUnsafe.
 *
 * Parameters are sent as text, so statements cast every parameter whose type the context does not fix
 * (`$1::int`, `$2::jsonb`), and pass JSON as a string: the same SQL then runs through either path.
 */
export type SqlRunner = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

interface RawQueryClient {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): PromiseLike<T>;
}

const runners = new WeakMap<object, SqlRunner>();

/** Makes queryRows on this client use the runner (PGlite's prepared statements). */
export function registerRunner(client: object, runner: SqlRunner): void {
  runners.set(client, runner);
}

export async function queryRows<T>(db: RawQueryClient, sql: string, params: readonly unknown[]): Promise<T[]> {
  const runner = runners.get(db);
  return runner ? runner<T>(sql, params) : db.$queryRawUnsafe<T[]>(sql, ...params);
}
