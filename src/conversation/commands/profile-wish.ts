/**
 * The profile asked for in words: «ver mi perfil», «quiero cambiar mi UGEL», «actualizar mis datos», «me equivoqué
 * de colegio» (/perfil), and «mis datos» alone (/mis_datos, everything held about the person). A change of a
 * registration's answers («corregir el título de mi proyecto») names nothing of the profile and is not taken.
 */
import { normalizeForMatch } from "../../forms/format.js";

const CHANGE = /^(cambi|actualiz|correg|corrij|modific|edit|equivoq|arregl|mal$|change|update|wrong)/;
const PROFILE_PART = /\b(ugel|colegio|escuela|institucion|ie|nivel|niveles|datos|codigo modular|rol|cargo|idioma|lenguaje|school|level|levels|language|role)\b/;

const PERSONAL = new Set(["mi", "mis", "me", "quiero", "necesito", "deseo", "quisiera", "my", "i"]);

export type ProfileWish = "profile" | "my-data";

export function profileWish(text: string): ProfileWish | null {
  const normalized = normalizeForMatch(text);
  if (/^(ver |mostrar |descargar |quiero ver )?mis datos( personales)?$/.test(normalized)) return "my-data";
  if (/\bperfil\b/.test(normalized) && normalized.split(" ").length <= 6) return "profile";
  const words = normalized.split(" ");
  // Personal («mi», «me», «quiero»): «¿cambiaron las fechas del nivel secundaria?» is about the calendar.
  if (!words.some((word) => PERSONAL.has(word))) return null;
  return words.some((word) => CHANGE.test(word)) && PROFILE_PART.test(normalized) ? "profile" : null;
}
