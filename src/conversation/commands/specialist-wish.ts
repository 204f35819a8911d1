/**
 * A specialist's work asked for in words: «quiero ver el reporte», «cuántos docentes se registraron» (/reporte),
 * «descargar los registros en excel» (/exportar), «registros de mi UGEL», «registros por revisar» (/registros).
 * Each feature takes its own answer, and only for someone who may run its command.
 */
import { normalizeForMatch } from "../../forms/format.js";

const EXPORT_FILE = /\b(excel|xlsx|csv|planilla|hoja de calculo|spreadsheet)\b/;
const EXPORT_VERB = /^(descarg|export|bajar|baja)/;
const EXPORT_WHAT = /\b(registros|lista|listas|listado|datos|entregas|anuncios|base de datos)\b/;
const REPORT = /\b(reportes?|estadisticas?|cifras|graficos?|indicadores|cobertura|report|statistics|figures)\b/;
const HOW_MANY = /\b(cuantos|cuantas|how many)\b/;
const COUNTED = /\b(docentes|directores|directoras|registros|inscritos|inscritas|registrados|registradas|participantes|escuelas|colegios|instituciones|ie|confirmaron|recibieron)\b/;
const REVIEW = /\b(registros|inscripciones|postulaciones)\b.*\b(ugel|pendientes|observad[oa]s|por revisar|nuevos|recibidos|enviados|docentes|region)\b|\b(revisar|ver los|ver las)\b.*\b(registros|inscripciones|postulaciones)\b/;

export type SpecialistWish = "export" | "report" | "review";

export function specialistWish(text: string): SpecialistWish | null {
  const normalized = normalizeForMatch(text);
  const words = normalized.split(" ");
  if (/\bmis (registros|inscripciones|postulaciones)\b/.test(normalized)) return null; // a teacher's own
  if (EXPORT_FILE.test(normalized) || (words.some((word) => EXPORT_VERB.test(word)) && EXPORT_WHAT.test(normalized))) return "export";
  if (REPORT.test(normalized) || (HOW_MANY.test(normalized) && COUNTED.test(normalized))) return "report";
  return REVIEW.test(normalized) ? "review" : null;
}
