// Export button data (forged data never parses into something else) and how often progress is reported.
import { describe, expect, it } from "vitest";
import { exportButton, parseExportButton } from "../../../src/conversation/commands/exports/buttons.js";
import { ProgressThrottle } from "../../../src/conversation/commands/exports/progress.js";
import { csvCell } from "../../../src/domain/exports/table-writer.js";
import { maskDni, dniFor } from "../../../src/domain/exports/scope.js";

describe("export buttons", () => {
  it("round-trips what /reporte and /exportar draw", () => {
    expect(exportButton("registrations", 2026, "190001")).toBe("exp:reg:2026:190001");
    expect(exportButton("ata", 2026, null, "csv")).toBe("exp:ata:2026:all:csv");
    expect(parseExportButton("exp:reg:2026:all")).toEqual({ verb: "run", kind: "registrations", year: 2026, ugel: "all", format: "xlsx" });
    expect(parseExportButton("exp:ata:2025:190006:csv")).toEqual({ verb: "run", kind: "ata", year: 2025, ugel: "190006", format: "csv" });
    expect(parseExportButton("exp:y:2027")).toEqual({ verb: "menu", year: 2027 });
  });

  it("refuses malformed data", () => {
    for (const data of ["exp:reg:26:all", "exp:reg:2026", "exp:reg:2026:19000", "exp:reg:2026:all:pdf", "exp:xyz:2026:all", "exp:reg:2026:all:csv:x", "exp:y:2026:1", "reg:o:1", "exp:reg:2026:1900O1"]) {
      expect(parseExportButton(data), data).toBeUndefined();
    }
  });
});

describe("export progress", () => {
  it("says nothing for a small export and at most one message a quarter, spaced in time, for a large one", () => {
    let now = 0;
    expect(new ProgressThrottle(100, undefined, () => now).announceStart).toBe(false);
    const throttle = new ProgressThrottle(20_000, { minRows: 5_000, minIntervalMs: 3_000, stepPercent: 25 }, () => now);
    expect(throttle.announceStart).toBe(true);
    now = 1_000;
    expect(throttle.next(6_000)).toBeNull(); // 30 % but too soon after the start message
    now = 4_000;
    expect(throttle.next(6_000)).toBe(25);
    expect(throttle.next(8_000)).toBeNull(); // still the same quarter
    now = 20_000;
    expect(throttle.next(16_000)).toBe(75); // a quarter skipped while rows flowed
    expect(throttle.next(20_000)).toBeNull(); // the end is told by the file itself
  });
});

describe("cells and DNIs", () => {
  it("quotes CSV cells that hold the separator, quotes or line breaks", () => {
    expect(csvCell("simple")).toBe("simple");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('dijo "sí"')).toBe('"dijo ""sí"""');
    expect(csvCell("dos\nlíneas")).toBe('"dos\nlíneas"');
    expect(csvCell(42)).toBe("42");
  });

  it("shows a DNI in full to the owner, that UGEL's specialists and the DRE only", () => {
    const registration = { ownerId: 1, ugelId: "190001" };
    const actor = (role: "docente" | "especialista_ugel" | "especialista_dre", personId: number, ugelId: string) => ({ personId, role, ugelId, isAdmin: false, label: "t" });
    expect(dniFor(actor("docente", 1, "190001"), registration, "41234567")).toBe("41234567");
    expect(dniFor(actor("especialista_ugel", 2, "190001"), registration, "41234567")).toBe("41234567");
    expect(dniFor(actor("especialista_dre", 3, "190000"), registration, "41234567")).toBe("41234567");
    expect(dniFor(actor("especialista_ugel", 4, "190003"), registration, "41234567")).toBe(maskDni("41234567"));
    expect(dniFor(actor("docente", 5, "190001"), registration, "41234567")).toBe("••••4567");
  });
});
