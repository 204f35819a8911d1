/** Numbers, percentages and the moment of the figures, as a reader in Peru writes them. */
import { formatLimaInstant } from "../../../domain/calendar/lima-time.js";
import type { Locale } from "../../../i18n.js";

const intlLocale = (locale: Locale) => (locale === "es" ? "es-PE" : "en");

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** "83 %"; "—" when there is nothing to divide by. */
export function formatPercent(value: number | null, locale: Locale): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

/** "lunes 15 de junio de 2026, 12:00" in Lima. */
export function formatTakenAt(instant: Date, locale: Locale): string {
  return formatLimaInstant(instant, locale);
}
