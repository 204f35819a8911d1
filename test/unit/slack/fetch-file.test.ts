/** Downloading a file shared with the app: files.info, then the private URL with the bot token. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { webApi } from "@slack/bolt";
import { slackFileFetcher } from "../../../src/channels/slack/fetch-file.js";
import { FileUnavailableError } from "../../../src/core/files.js";
import { listenLocal, type LocalServer } from "../../fakes/shared/local-server.js";

let server: LocalServer;
const seenAuth: string[] = [];

beforeAll(async () => {
  server = await listenLocal(async (req, res) => {
    seenAuth.push(String(req.headers.authorization));
    if (req.url === "/files/calendario.csv") res.writeHead(200, { "content-type": "text/csv" }).end("concurso;etapa\nONEM;IE\n");
    else res.writeHead(404).end();
  });
});

afterAll(async () => {
  await server.close();
});

function client(file: Record<string, unknown> | Error): webApi.WebClient {
  return { files: { info: async () => (file instanceof Error ? Promise.reject(file) : { ok: true, file }) } } as unknown as webApi.WebClient;
}

describe("Slack file download", () => {
  it("gets the bytes with the bot token", async () => {
    const fetchFile = slackFileFetcher(client({ id: "F1", size: 24, url_private_download: `${server.origin}/files/calendario.csv` }), "xoxb-secreto");
    const bytes = await fetchFile("F1", 1024);
    expect(new TextDecoder().decode(bytes)).toContain("ONEM;IE");
    expect(seenAuth.at(-1)).toBe("Bearer xoxb-secreto");
  });

  it("refuses a file too big before downloading it, and reports missing ones", async () => {
    const calls = seenAuth.length;
    await expect(slackFileFetcher(client({ id: "F1", size: 5_000_000, url_private_download: `${server.origin}/files/calendario.csv` }), "t")("F1", 1024)).rejects.toMatchObject({ reason: "too-big" });
    expect(seenAuth.length).toBe(calls);
    await expect(slackFileFetcher(client({ id: "F2", size: 10, url_private_download: `${server.origin}/files/otro.csv` }), "t")("F2", 1024)).rejects.toMatchObject({ reason: "not-found" });
    await expect(slackFileFetcher(client(new Error("file_not_found")), "t")("F3", 1024)).rejects.toBeInstanceOf(FileUnavailableError);
  });
});
