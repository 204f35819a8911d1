/** The console's "!ruta/archivo.csv" files are local paths: reading one is downloading it. */
import { readFile, stat } from "node:fs/promises";
import { FileUnavailableError, type FetchFile } from "../../core/files.js";

export const CONSOLE_FILE_PREFIX = "console:";

export const fetchConsoleFile: FetchFile = async (fileRef, maxBytes) => {
  const path = fileRef.startsWith(CONSOLE_FILE_PREFIX) ? fileRef.slice(CONSOLE_FILE_PREFIX.length) : fileRef;
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) throw new FileUnavailableError("not-found", `no file at ${path}`);
  if (info.size > maxBytes) throw new FileUnavailableError("too-big", `${info.size} bytes`);
  return new Uint8Array(await readFile(path));
};
