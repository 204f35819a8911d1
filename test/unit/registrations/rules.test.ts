import { describe, expect, it } from "vitest";
import { allowedActions, canAct, canView, reviewScope, type Actor } from "../../../src/domain/registrations/authorization.js";
import { formatRegistrationCode } from "../../../src/domain/registrations/codes.js";
import { findLikelyDuplicate, titleKey, titleSimilarity, DUPLICATE_THRESHOLD } from "../../../src/domain/registrations/duplicates.js";
import { canTransition } from "../../../src/domain/registrations/status.js";

const actor = (overrides: Partial<Actor>): Actor => ({ personId: 1, role: "docente", ugelId: "190001", isAdmin: false, label: "test:1", ...overrides });
const registration = { ownerId: 1, ugelId: "190001", status: "enviada" as const };

describe("registration codes", () => {
  it("read BP-2026-0031 and PI-2026-0066, and keep growing past 9999", () => {
    expect(formatRegistrationCode("buena_practica", 2026, 31)).toBe("BP-2026-0031");
    expect(formatRegistrationCode("proyecto_innovacion", 2026, 66)).toBe("PI-2026-0066");
    expect(formatRegistrationCode("buena_practica", 2027, 12345)).toBe("BP-2027-12345");
  });
});

describe("status machine", () => {
  it("follows enviada → observada → (re-sent) → aceptada → ganadora / no ganadora, or retirada", () => {
    expect(canTransition("observe", "enviada")).toBe(true);
    expect(canTransition("resubmit", "observada")).toBe(true);
    expect(canTransition("accept", "enviada")).toBe(true);
    expect(canTransition("win", "aceptada")).toBe(true);
    expect(canTransition("lose", "aceptada")).toBe(true);
    expect(canTransition("withdraw", "observada")).toBe(true);
    expect(canTransition("win", "enviada")).toBe(false);
    expect(canTransition("accept", "observada")).toBe(false);
    expect(canTransition("withdraw", "ganadora")).toBe(false);
    expect(canTransition("observe", "retirada")).toBe(false);
  });
});

describe("who may see and change a registration", () => {
  it("lets the owner see it and withdraw it, but not review it", () => {
    const owner = actor({});
    expect(canView(owner, registration)).toBe(true);
    expect(allowedActions(owner, registration)).toEqual(["withdraw"]);
    expect(allowedActions(owner, { ...registration, status: "observada" })).toEqual(["withdraw", "resubmit"]);
  });

  it("keeps another teacher out, even of the same UGEL", () => {
    const other = actor({ personId: 2 });
    expect(canView(other, registration)).toBe(false);
    expect(allowedActions(other, registration)).toEqual([]);
  });

  it("lets a UGEL specialist review only their own UGEL", () => {
    const pasco = actor({ personId: 5, role: "especialista_ugel", ugelId: "190001" });
    const oxapampa = actor({ personId: 6, role: "especialista_ugel", ugelId: "190003" });
    expect(allowedActions(pasco, registration)).toEqual(["observe", "accept"]);
    expect(canView(oxapampa, registration)).toBe(false);
    expect(canAct(oxapampa, registration, "accept")).toBe(false);
    expect(reviewScope(oxapampa)).toEqual({ all: false, ugelId: "190003" });
    expect(canAct(pasco, registration, "withdraw")).toBe(false);
  });

  it("lets DRE specialists and admins review every UGEL, and nobody else", () => {
    expect(reviewScope(actor({ role: "especialista_dre", ugelId: "190000" }))).toEqual({ all: true });
    expect(reviewScope(actor({ role: "director", isAdmin: true }))).toEqual({ all: true });
    expect(reviewScope(actor({ role: "director" }))).toBeNull();
    expect(reviewScope(actor({ role: "especialista_ugel", ugelId: null }))).toBeNull();
    expect(canAct(actor({ personId: 7, role: "especialista_dre", ugelId: "190000" }), { ...registration, status: "aceptada" }, "win")).toBe(true);
  });
});

describe("likely duplicates", () => {
  it("compares titles without accents, case or punctuation", () => {
    expect(titleKey("¡Leemos en Familia, con CUENTOS andinos!")).toBe("leemos en familia con cuentos andinos");
    expect(titleSimilarity("Leemos en familia con cuentos andinos", "leemos en familia con cuentos andinos.")).toBe(1);
    expect(titleSimilarity("Leemos en familia con cuentos andinos", "Leemos en familia con cuentos andino")).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(titleSimilarity("Leemos en familia con cuentos andinos", "Biohuertos escolares para una alimentación saludable")).toBeLessThan(0.2);
    expect(titleSimilarity("Leemos en familia", "Leemos en familia y en la escuela con cuentos")).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it("picks the most similar registration of the school and year", async () => {
    const rows = [
      { id: 1, code: "BP-2026-0001", title: "Leemos en familia con cuentos" },
      { id: 2, code: "BP-2026-0002", title: "Leemos en familia con cuentos andinos" },
      { id: 3, code: "BP-2026-0003", title: "Matemática en el mercado" },
    ];
    const db = { $queryRawUnsafe: async () => rows } as unknown as Parameters<typeof findLikelyDuplicate>[0];
    const found = await findLikelyDuplicate(db, { kind: "buena_practica", year: 2026, codigoModular: "0403691", title: "leemos en familia con cuentos andinos" });
    expect(found).toMatchObject({ id: 2, code: "BP-2026-0002", similarity: 1 });
    const none = await findLikelyDuplicate(db, { kind: "buena_practica", year: 2026, codigoModular: "0403691", title: "Robótica con material reciclado" });
    expect(none).toBeNull();
  });
});
