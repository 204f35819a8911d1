/**
 * A strict Fluent translator for tests: loads locales/{es,en}.ftl (the calendar section and the rest) and throws on a missing
 * message, a syntax error or a formatting error (e.g. a variable the message expects but was not given).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Translate } from "../../../../src/domain/calendar/render-answer.js";

export type TestLocale = "es" | "en";

export function localeFile(locale: TestLocale): string {
  return fileURLToPath(new URL(`../../../../locales/${locale}.ftl`, import.meta.url));
}

export function loadBundle(locale: TestLocale): FluentBundle {
  const bundle = new FluentBundle(locale === "es" ? "es-PE" : "en-US", { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(localeFile(locale), "utf8")));
  if (errors.length > 0) throw new Error(`${locale}.ftl: ${errors.map((e) => e.message).join("; ")}`);
  return bundle;
}

export function makeTranslator(locale: TestLocale): Translate & { used: Set<string> } {
  const bundle = loadBundle(locale);
  const used = new Set<string>();
  const t = ((key: string, args?: Record<string, string | number>): string => {
    const message = bundle.getMessage(key);
    if (message?.value == null) throw new Error(`missing Fluent message ${key} (${locale})`);
    used.add(key);
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    if (errors.length > 0) throw new Error(`${key} (${locale}): ${errors.map((e) => e.message).join("; ")}`);
    return text;
  }) as Translate & { used: Set<string> };
  t.used = used;
  return t;
}
