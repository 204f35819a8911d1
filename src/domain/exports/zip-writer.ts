/**
 * A zip file written to disk as it is made, for XLSX workbooks: fflate lays out the archive (local headers,
 * data descriptors, central directory), Node's zlib compresses. zlib runs on libuv's thread pool, so a large
 * entry is compressed on another core while the main thread builds the next rows.
 * Entries are written one after the other; memory holds at most an entry's pending chunk and the zlib buffers.
 */
import { createWriteStream } from "node:fs";
import { crc32, createDeflateRaw, deflateRawSync, type DeflateRaw, type ZlibOptions } from "node:zlib";
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

/** zlib level 6 (its default) makes files a tenth bigger than 9 and costs half the time. */
const LEVEL = 6;
/** What zlib may hold before a writer waits for it: a few pages of rows. */
const DEFLATE_BUFFER_BYTES = 4 * 1_048_576;
const DEFLATE = 8;

/** One entry whose size and CRC are known only at the end (written in its data descriptor). */
interface StreamedEntry extends ZipInputFile {
  ondata?: AsyncFlateStreamHandler;
}

export interface ZipEntryWriter {
  /** Adds bytes; false when zlib's buffer is full (then `ready()` before writing much more). */
  write(chunk: Buffer): boolean;
  /** Resolves once zlib and the file have room again. */
  ready(): Promise<void>;
  end(): Promise<void>;
}

export interface ZipFileWriter {
  /** Bytes of the archive written to the file so far. */
  bytes(): number;
  /** A small entry, compressed at once. */
  addSmall(name: string, content: string): void;
  /** A large entry, streamed; the archive's next entry must wait until it has ended. */
  open(name: string): ZipEntryWriter;
  close(): Promise<void>;
}

export function openZipFile(path: string, mtime = new Date()): ZipFileWriter {
  const file = createWriteStream(path);
  let failure: Error | null = null;
  let written = 0;
  const finished = new Promise<void>((resolve, reject) => {
    file.once("finish", resolve);
    file.once("error", (error) => {
      failure = error;
      reject(error);
    });
  });
  finished.catch(() => undefined); // surfaced by close() or the next write
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      file.destroy(error);
      return;
    }
    written += chunk.length;
    file.write(chunk);
    if (final) file.end();
  });
  const check = () => {
    if (failure) throw failure;
  };
  const fileRoom = () => (file.writableNeedDrain ? new Promise<void>((resolve) => file.once("drain", () => resolve())) : Promise.resolve());

  return {
    bytes: () => written,
    addSmall(name, content) {
      check();
      const raw = Buffer.from(content, "utf8");
      const packed = deflateRawSync(raw, { level: LEVEL });
      const entry: StreamedEntry = { filename: name, size: raw.length, crc: crc32(raw), compression: DEFLATE, mtime };
      zip.add(entry);
      entry.ondata!(null, new Uint8Array(packed.buffer, packed.byteOffset, packed.length) as Uint8Array<ArrayBuffer>, true);
    },
    open(name) {
      check();
      const entry: StreamedEntry = { filename: name, size: 0, crc: 0, compression: DEFLATE, mtime };
      zip.add(entry);
      // zlib streams take the stream options too (Node passes them to Transform); @types/node leaves them out.
      const options: ZlibOptions & { highWaterMark: number } = { level: LEVEL, highWaterMark: DEFLATE_BUFFER_BYTES };
      const deflate: DeflateRaw = createDeflateRaw(options);
      deflate.on("data", (chunk: Buffer) => entry.ondata!(null, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length) as Uint8Array<ArrayBuffer>, false));
      const ended = new Promise<void>((resolve, reject) => {
        deflate.once("end", () => {
          entry.ondata!(null, new Uint8Array(0), true);
          resolve();
        });
        deflate.once("error", reject);
      });
      ended.catch(() => undefined);
      return {
        write(chunk) {
          entry.crc = crc32(chunk, entry.crc);
          entry.size += chunk.length;
          return deflate.write(chunk);
        },
        async ready() {
          check();
          if (deflate.writableNeedDrain) await new Promise<void>((resolve) => deflate.once("drain", () => resolve()));
          await fileRoom();
          check();
        },
        async end() {
          deflate.end();
          await ended;
          check();
        },
      };
    },
    async close() {
      check();
      zip.end();
      await finished;
    },
  };
}
