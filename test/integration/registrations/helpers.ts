/**
 * People and conversations for registration tests, straight through the app's conversation (no channel):
 * onboarded teachers and specialists created in the database, and a chat that types, presses buttons by label
 * and sends files, like the console does.
 */
import type { App } from "../../../src/app.js";
import type { Button, IncomingFile, Input, Reply, Sender } from "../../../src/core/types.js";
import type { Role } from "../../../src/domain/db-types.js";
import type { RegistrationKind } from "../../../src/domain/registrations/kinds.js";
import type { RegistrationSubmission } from "../../../src/domain/registrations/submit.js";

let people = 0;

export interface PersonOptions {
  role?: Role;
  ugelId?: string;
  codigoModular?: string;
  schoolName?: string;
}

/** An onboarded person on the console channel; teachers get a school of their UGEL. */
export async function createPerson(app: App, options: PersonOptions = {}): Promise<{ id: number; sender: Sender }> {
  const db = app.services.db;
  const n = ++people;
  const role = options.role ?? "docente";
  const ugelId = options.ugelId ?? "190001";
  const externalId = `${role}-${n}-${Math.random().toString(36).slice(2, 8)}`;
  let schoolId: number | null = null;
  if (role === "docente" || role === "director") {
    const codigoModular = options.codigoModular ?? String(1_000_000 + Math.floor(Math.random() * 8_999_999)).slice(-7);
    const school = await db.school.upsert({
      where: { codigoModular },
      create: { codigoModular, name: options.schoolName ?? `IE N.° ${codigoModular}`, ugelId },
      update: {},
    });
    schoolId = school.id;
  }
  const person = await db.person.create({
    data: {
      displayName: `Persona ${n}`,
      role,
      ugelId,
      schoolId,
      levels: schoolId ? ["primaria"] : [],
      consentAt: new Date(),
      consentVersion: "test",
      onboardedAt: new Date(),
      identities: { create: { channel: "console", externalId, chatRef: externalId } },
    },
  });
  return { id: person.id, sender: { channel: "console", externalId, displayName: `Persona ${n}` } };
}

export class Chat {
  replies: Reply[] = [];

  constructor(
    private readonly app: App,
    readonly sender: Sender,
    readonly personId: number,
  ) {}

  static async of(app: App, options: PersonOptions = {}): Promise<Chat> {
    const person = await createPerson(app, options);
    return new Chat(app, person.sender, person.id);
  }

  async input(input: Input): Promise<string> {
    this.replies = await this.app.conversation.handle(this.sender, input);
    return this.text();
  }

  say(text: string): Promise<string> {
    if (text.startsWith("/")) {
      const [command, ...args] = text.slice(1).split(" ");
      return this.input({ type: "command", command: command as string, args: args.join(" ") });
    }
    return this.input({ type: "text", text });
  }

  /** Presses the first button whose label contains `label` among the latest replies. */
  press(label: string | RegExp): Promise<string> {
    const button = this.button(label);
    if (!button?.data) throw new Error(`no button ${String(label)} in: ${this.buttons().map((candidate) => candidate.label).join(" | ")}`);
    return this.input({ type: "button", data: button.data });
  }

  data(data: string): Promise<string> {
    return this.input({ type: "button", data });
  }

  file(fileName: string, mimeType: string, sizeBytes: number): Promise<string> {
    const file: IncomingFile = { fileRef: `ref-${fileName}-${Math.random()}`, fileName, mimeType, sizeBytes };
    return this.input({ type: "file", file });
  }

  buttons(): Button[] {
    return this.replies.flatMap((reply) => (reply.type === "text" ? (reply.buttons ?? []).flat() : []));
  }

  button(label: string | RegExp): Button | undefined {
    return this.buttons().find((button) => (typeof label === "string" ? button.label.includes(label) : label.test(button.label)));
  }

  text(): string {
    return this.replies.map((reply) => (reply.type === "text" ? reply.text : reply.type === "closeOrigin" ? (reply.note ?? "") : `[${reply.fileName}]`)).join("\n---\n");
  }
}

export const words = (count: number, word = "palabra") => Array.from({ length: count }, (_, index) => `${word}${index}`).join(" ");

/** Walks a good-practice registration from /registrar to its summary with valid answers. */
export async function goodPracticeToSummary(chat: Chat, title: string): Promise<string> {
  await chat.say("/registrar");
  await chat.press("Buena práctica");
  if (chat.button("Continuar")) await chat.press("Empezar de nuevo");
  await chat.press("2026");
  await chat.press("Pedagógica");
  await chat.press("Pensamiento matemático");
  await chat.press("Educación Primaria");
  await chat.say(title);
  if (chat.button("(")) await chat.press("(");
  await chat.say("Rosa Elena");
  await chat.say("Quispe Huamán");
  await chat.say(String(40_000_000 + chat.personId));
  await chat.press("Docente");
  await chat.press("Nombrado");
  await chat.press("Omitir");
  await chat.press("Listo");
  for (const section of ["proposito", "descripcion", "resultado", "evidencia"]) {
    await chat.say(words(40, section));
    await chat.press("Listo");
  }
  await chat.file("informe.pdf", "application/pdf", 200_000);
  await chat.press("Listo");
  const text = await chat.press("lo declaro");
  if (chat.button("Es un registro distinto")) return chat.press("Es un registro distinto");
  return text;
}

/** A submission with no team or files, in a category the seeded catalog has for the kind (for domain-level tests). */
export function plainSubmission(kind: RegistrationKind, title: string, codigoModular = "0403691"): RegistrationSubmission {
  return {
    kind,
    year: 2026,
    title,
    school: { codigoModular, name: "IE Pasco" },
    category: kind === "buena_practica" ? { name: "Lectura y escritura", practiceType: "pedagogica", subcategory: "Educación Inicial" } : { name: "Promisorio" },
    members: [],
    attachments: [],
    channel: "console",
    answers: {},
  };
}
