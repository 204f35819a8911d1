import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../../src/app.js";
import { renderPayload } from "../../../src/delivery/render-payload.js";
import { ataPayload } from "../../../src/domain/ata/announcements.js";
import { AUDIENCE_ROLES } from "../../../src/domain/ata/audience.js";
import type { AtaErrorReason } from "../../../src/domain/ata/audience.js";
import { I18n } from "../../../src/i18n.js";
import type { AtaAnnouncement } from "../../../src/generated/prisma/client.js";

const i18n = new I18n(LOCALES_DIR);

const announcement = (values: Partial<AtaAnnouncement>): AtaAnnouncement =>
  ({
    id: 42,
    milestone: "proceso",
    title: "Monitoreo de medio año",
    body: "Revisen la ficha.",
    sessionAt: null,
    sessionPlace: null,
    sessionLink: null,
    ...values,
  }) as AtaAnnouncement;

describe("payloads rendered for each reader", () => {
  it("write days the Peruvian way in Spanish and the English way in English", () => {
    const payload = { key: "reminder-closes", args: { contest: "Eureka", stage: "Inscripción", days: 3, closesDay: "2026-06-12" } };
    expect(renderPayload(i18n, "es", payload).text).toBe("⏰ Faltan 3 días: la inscripción de Eureka (Inscripción) cierra el viernes 12 de junio de 2026.");
    expect(renderPayload(i18n, "en", payload).text).toContain("closes on Friday, June 12, 2026");
    expect(renderPayload(i18n, "qu", payload).text).toContain("viernes 12 de junio de 2026"); // unknown language: Spanish
  });

  it("render an ATA announcement with its session and buttons", () => {
    const payload = ataPayload(announcement({ sessionAt: new Date("2026-06-19T20:00:00Z"), sessionLink: "https://meet.example.org/x" }));
    const message = renderPayload(i18n, "es", payload);
    expect(message.text).toContain("📣 Asistencia Técnica Articulada — Proceso del año escolar");
    expect(message.text).toContain("📅 Sesión: viernes 19 de junio de 2026, a las 15:00");
    expect(message.text).toContain("📍 https://meet.example.org/x");
    expect(message.buttons).toEqual([
      [{ label: "✅ Recibido", data: "ata:r:42" }],
      [{ label: "🙋 Asistiré", data: "ata:a:42" }, { label: "🙅 No podré asistir", data: "ata:n:42" }],
      [{ label: "🔗 Abrir el enlace", url: "https://meet.example.org/x" }],
    ]);
    const noTime = renderPayload(i18n, "es", ataPayload(announcement({ sessionAt: new Date("2026-06-19T05:00:00Z"), sessionPlace: "IE 34001" })));
    expect(noTime.text).toContain("📅 Sesión: viernes 19 de junio de 2026\n📍 IE 34001");
    const again = renderPayload(i18n, "es", ataPayload(announcement({}), true));
    expect(again.text.split("\n")[0]).toContain("Te lo enviamos de nuevo");
    expect(again.buttons).toEqual([[{ label: "✅ Recibido", data: "ata:r:42" }]]);
  });

  it("have every message id built from data, in both languages", () => {
    const reasons: AtaErrorReason[] = [
      "not-specialist", "ugel-not-allowed", "no-ugel", "no-role", "bad-role", "bad-level", "school-outside", "not-found",
      "not-yours", "not-draft", "already-going", "cancelled", "not-sent-yet", "not-recipient", "no-session",
    ];
    const ids = [
      ...reasons.map((reason) => `ata-error-${reason}`),
      ...["inicio", "proceso", "cierre"].map((value) => `option-milestone-${value}`),
      ...["si", "no"].map((value) => `option-hasSession-${value}`),
      ...AUDIENCE_ROLES.map((role) => `option-audienceRoles-${role}`),
      ...["ahora", "programar"].map((value) => `option-when-${value}`),
      ...["received", "attending", "not_attending"].map((action) => `ata-ack-${action}`),
      ...["telegram", "slack", "console", "none"].map((channel) => `ata-channel-${channel}`),
      "reminder-closes", "reminder-event", "reminder-event-place", "reminder-button-mute", "reminder-button-settings",
      "ata-message", "ata-message-session", "ata-button-received", "ata-button-attending", "ata-button-not-attending", "ata-button-open-link",
    ];
    expect(ids.filter((id) => !i18n.has("es", id) || !i18n.has("en", id))).toEqual([]);
  });
});
