/** Small hand-made contests for tests that need exact dates relative to a fixed now. */
import type { ContestData } from "../../../src/domain/calendar/types.js";

export const NOW = new Date("2026-11-27T15:00:00Z"); // Friday 27 November 2026, 10:00 in Lima

export function contest(overrides: Partial<ContestData> = {}): ContestData {
  return {
    slug: "feria-regional",
    year: 2026,
    name: "Feria Regional de Prueba",
    shortName: "Feria de Prueba",
    aliases: [],
    organizer: "DRE Pasco",
    area: "ciencia",
    levels: ["primaria"],
    categories: [],
    isSample: false,
    stages: [
      { kind: "inscripcion", name: "Inscripción", order: 1, registrationOpens: "2026-11-02", registrationCloses: "2026-11-30" },
      { kind: "regional", name: "Etapa regional", order: 2, eventStart: "2026-12-07", eventEnd: "2026-12-09", place: "Cerro de Pasco" },
    ],
    ...overrides,
  };
}
