/** Unit tests of the helpers shared by the fakes: multipart parsing and the sliding-window limiter. */
import { describe, expect, it } from "vitest";
import { parseMultipart } from "../../fakes/shared/multipart.js";
import { SlidingWindow, retryAfterSeconds } from "../../fakes/shared/sliding-window.js";

describe("parseMultipart", () => {
  it("reads grammY-style (unquoted file name) and quoted parts", () => {
    const body = Buffer.from(
      [
        "--XyZ",
        'content-disposition:form-data;name="chat_id"',
        "",
        "42",
        "--XyZ",
        'content-disposition:form-data;name="abc";filename=informe final.pdf',
        "content-type:application/octet-stream",
        "",
        "PDF\r\nDATA",
        "--XyZ",
        'Content-Disposition: form-data; name="file"; filename="a \\"b\\".txt"',
        "Content-Type: text/plain",
        "",
        "hola",
        "--XyZ--",
        "",
      ].join("\r\n"),
    );
    const parsed = parseMultipart(body, "XyZ");
    expect(parsed.fields).toEqual({ chat_id: "42" });
    expect(parsed.files.map((f) => [f.field, f.fileName, f.contentType, f.bytes.toString()])).toEqual([
      ["abc", "informe final.pdf", "application/octet-stream", "PDF\r\nDATA"],
      ["file", 'a "b".txt', "text/plain", "hola"],
    ]);
  });
});

describe("SlidingWindow", () => {
  it("allows max events per window and tells how long to wait", () => {
    const window = new SlidingWindow<number>({ max: 2, windowMs: 1000 });
    expect(window.waitMs(1, 0)).toBe(0);
    window.record(1, 0);
    window.record(1, 100);
    expect(window.waitMs(1, 500)).toBe(500);
    expect(window.waitMs(2, 500)).toBe(0);
    expect(window.waitMs(1, 1000)).toBe(0);
    window.record(1, 1000);
    expect(window.waitMs(1, 1050)).toBe(50);
    expect(retryAfterSeconds(50)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
  });
});
