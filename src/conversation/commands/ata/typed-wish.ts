/**
 * An ATA announcement asked for in words instead of /ata or /ata_estado, by someone who may send them:
 * «quiero enviar un anuncio de ATA», «nuevo comunicado para directores» (the wizard), «quiénes confirmaron el
 * anuncio», «cómo va el aviso de la ATA» (the status). A question about an ATA session («¿cuándo es la ATA de
 * inicio?») names neither and is left to the calendar.
 */
import { normalizeForMatch } from "../../../forms/format.js";

/** What is sent: «anuncio», «aviso», «comunicado», the ATA itself. */
const ANNOUNCEMENT = /\b(anuncios?|avisos?|comunicados?|ata|asistencia tecnica|announcements?)\b/;
/** Writing one: enviar, mandar, crear, hacer, publicar, redactar, difundir, avisar, convocar, nuevo, or a wish. */
const WRITE = /^(envi|mand|crea|hac|hag|publi|redact|difund|avis|convoc|nuev|quiero|quisiera|deseo|necesito|send|create|write|new|want)/;
/** How it went: who received, read or confirmed it. */
const STATUS = /^(estado|confirm|recib|leyer|leido|entreg|status|delivered)/;

export type AtaWish = "write" | "status";

export function ataWish(text: string): AtaWish | null {
  const normalized = normalizeForMatch(text);
  if (!ANNOUNCEMENT.test(normalized)) return null;
  const words = normalized.split(" ");
  // «cómo va el anuncio» asks how it went, as «quiénes confirmaron» does.
  if (words.some((word) => STATUS.test(word)) || /\bcomo (va|van|vamos)\b/.test(normalized)) return "status";
  // «avisos» is the thing, not the verb: only the words around it say «write».
  return words.some((word) => WRITE.test(word) && !/^avisos?$/.test(word)) ? "write" : null;
}
