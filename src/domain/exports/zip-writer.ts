/**
 * A zip file written to disk as it is made, for XLSX workbooks: fflate lays out the archive (local headers,
 * data descriptors, central directory), Node's zlib compresses. zlib runs on libuv's thread pool, so a large
 * entry is compressed on another core while the main thread builds the next rows.
 * Entries are written one after the other; memory holds at most an entry's pending chunk and the zlib buffers.
 */
import { createWriteStream } from "node:fs";
import { crc32, createDeflateRaw, deflateRawSync, type DeflateRaw } from "node:zlib";
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

/** zlib level 6 (its default) makes files a tenth bigger than 9 and costs half the time. */
const LEVEL = 6;
/** Text is handed to zlib in pieces of at most this many UTF-16 units (3 bytes each at most in UTF-8). */
export const TEXT_PIECE_CHARS = 128 * 1024;
const PIECE_BYTES = TEXT_PIECE_CHARS * 3;
/** Pieces zlib may have queued before `ready()` waits: a page or two of rows. */
const MAX_PIECES_IN_FLIGHT = 6;
const DEFLATE = 8;

/** One entry whose size and CRC are known only at the end (written in its data descriptor). */
interface StreamedEntry extends ZipInputFile {
  ondata?: AsyncFlateStreamHandler;
}

export interface ZipEntryWriter {
  /** Adds text, as UTF-8; call `ready()` every few pieces. */
  write(text: string): void;
  /** Resolves once zlib has caught up to a few pieces behind and the file has room. */
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
      const deflate: DeflateRaw = createDeflateRaw({ level: LEVEL });
      deflate.on("data", (chunk: Buffer) => entry.ondata!(null, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length) as Uint8Array<ArrayBuffer>, false));
      const ended = new Promise<void>((resolve, reject) => {
        deflate.once("end", () => {
          entry.ondata!(null, new Uint8Array(0), true);
          resolve();
        });
        deflate.once("error", reject);
      });
      ended.catch(() => undefined);
      // Text is encoded into a few buffers that are used again once zlib has read them: a large sheet would
      // otherwise leave hundreds of megabytes of spent buffers for the garbage collector, which frees them late.
      const free: Buffer[] = [];
      let inFlight = 0;
      let wake: (() => void) | null = null;
      return {
        write(text) {
          if (text.length === 0) return;
          const pooled = text.length <= TEXT_PIECE_CHARS;
          const buffer = pooled ? (free.pop() ?? Buffer.allocUnsafeSlow(PIECE_BYTES)) : Buffer.from(text, "utf8");
          const piece = pooled ? buffer.subarray(0, buffer.write(text, 0, "utf8")) : buffer;
          entry.crc = crc32(piece, entry.crc);
          entry.size += piece.length;
          inFlight++;
          deflate.write(piece, () => {
            inFlight--;
            if (pooled) free.push(buffer);
            wake?.();
          });
        },
        async ready() {
          check();
          while (inFlight > MAX_PIECES_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
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
