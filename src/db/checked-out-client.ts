import type pg from "pg";

/**
 * Clients taken from the pool for longer than one query. While a client is checked out, the pool no longer
 * listens for its errors, so a connection that the server ends between two queries (a restart, a dropped
 * database, an idle timeout) would emit an unhandled "error" and stop the process. Here it is reported instead;
 * the next query on the client fails, and its caller discards it.
 */
const listeners = new WeakMap<pg.PoolClient, (error: Error) => void>();

export async function checkOut(pool: pg.Pool, onLost: (error: Error) => void): Promise<pg.PoolClient> {
  const client = await pool.connect();
  client.on("error", onLost);
  listeners.set(client, onLost);
  return client;
}

/**
 * Gives a client from checkOut back (or destroys it, given an error) once, however many paths end up releasing
 * it. Only for clients from checkOut: one it does not know is taken as released already.
 */
export function releaseOnce(client: pg.PoolClient, error?: Error): void {
  const onLost = listeners.get(client);
  if (!onLost) return;
  listeners.delete(client);
  client.removeListener("error", onLost);
  client.release(error);
}
