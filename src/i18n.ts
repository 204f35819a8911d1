/**
 * Fluent messages from `locales/<lang>.ftl`, Spanish first. A message missing in the person's language falls
 * back to Spanish; a message missing everywhere shows its id (and a test keeps that from happening).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es";

export type MessageArgs = Record<string, FluentVariable | null | undefined>;
export type Translate = (id: string, args?: MessageArgs) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export class I18n {
  private readonly bundles = new Map<Locale, FluentBundle>();

  constructor(localesDir: string) {
    for (const locale of LOCALES) {
      const bundle = new FluentBundle(locale === "es" ? "es-PE" : "en", { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(readFileSync(join(localesDir, `${locale}.ftl`), "utf8")));
      if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map((error) => error.message).join("; ")}`);
      this.bundles.set(locale, bundle);
    }
  }

  has(locale: Locale, id: string): boolean {
    return this.bundle(locale).hasMessage(id);
  }

  t(locale: Locale, id: string, args?: MessageArgs): string {
    for (const candidate of locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]) {
      const bundle = this.bundle(candidate);
      const message = bundle.getMessage(id);
      if (message?.value) return bundle.formatPattern(message.value, cleanArgs(args));
    }
    return id;
  }

  translator(locale: Locale): Translate {
    return (id, args) => this.t(locale, id, args);
  }

  messageIds(locale: Locale): string[] {
    return [...this.bundle(locale)._messages.keys()];
  }

  private bundle(locale: Locale): FluentBundle {
    const bundle = this.bundles.get(locale);
    if (!bundle) throw new Error(`no bundle for ${locale}`);
    return bundle;
  }
}

function cleanArgs(args?: MessageArgs): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [key, value] of Object.entries(args)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}
