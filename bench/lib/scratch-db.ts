/** Scratch databases for benchmarks: a fresh PostgreSQL database on the server, or a PGlite folder/memory. */
import pg from "pg";
import { randomBytes } from "node:crypto";

/** Creates a scratch database on the server; returns its URL and a drop function, or undefined if no server answers. */
export async function createScratchPostgres(serverUrl: string): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
