// Editions, categories and subcategories of the two registrations (good teaching practices, CNPIE innovation
// projects), as data. They change every year with the official bases (MINEDU's resolution for the practices,
// FONDEP's bases for CNPIE): a specialist changes the rows in RegistrationEdition / RegistrationCategory, and
// the forms read them from there. The rows below are only a starting point, written once: the seed inserts
// what is missing and never overwrites or deletes, so a specialist's changes survive every restart.
import type { PrismaClient } from "../../src/generated/prisma/client.js";
import type { RegistrationKind } from "../../src/generated/prisma/enums.js";

export interface EditionSeed {
  kind: RegistrationKind;
  year: number;
  isOpen: boolean;
}

export interface CategorySeed {
  kind: RegistrationKind;
  year: number;
  code: string;
  name: string;
  practiceType?: "pedagogica" | "gestion_escolar";
  description?: string;
  minYearsRunning?: number;
  children?: Array<{ code: string; name: string }>;
}

export const EDITIONS: readonly EditionSeed[] = [
  { kind: "buena_practica", year: 2026, isOpen: true },
  { kind: "proyecto_innovacion", year: 2026, isOpen: true },
];

const BY_LEVEL = (prefix: string) => [
  { code: `${prefix}-INI`, name: "Educación Inicial" },
  { code: `${prefix}-PRI`, name: "Educación Primaria" },
  { code: `${prefix}-SEC`, name: "Educación Secundaria" },
];

// Sample categories to be checked against each year's bases before registrations open.
export const CATEGORIES: readonly CategorySeed[] = [
  { kind: "buena_practica", year: 2026, practiceType: "pedagogica", code: "P-LEC", name: "Lectura y escritura", children: BY_LEVEL("P-LEC") },
  { kind: "buena_practica", year: 2026, practiceType: "pedagogica", code: "P-MAT", name: "Pensamiento matemático", children: BY_LEVEL("P-MAT") },
  { kind: "buena_practica", year: 2026, practiceType: "pedagogica", code: "P-CYT", name: "Ciencia y tecnología", children: BY_LEVEL("P-CYT") },
  {
    kind: "buena_practica",
    year: 2026,
    practiceType: "pedagogica",
    code: "P-EIB",
    name: "Educación intercultural bilingüe",
    children: [
      { code: "P-EIB-AND", name: "Pueblos andinos (quechua)" },
      { code: "P-EIB-AMA", name: "Pueblos amazónicos (yanesha, asháninka)" },
    ],
  },
  { kind: "buena_practica", year: 2026, practiceType: "pedagogica", code: "P-INC", name: "Educación inclusiva (EBE y EBA)" },
  { kind: "buena_practica", year: 2026, practiceType: "gestion_escolar", code: "G-CON", name: "Convivencia escolar y bienestar" },
  { kind: "buena_practica", year: 2026, practiceType: "gestion_escolar", code: "G-LID", name: "Liderazgo pedagógico del directivo" },
  { kind: "buena_practica", year: 2026, practiceType: "gestion_escolar", code: "G-FAM", name: "Participación de las familias y la comunidad" },
  {
    kind: "proyecto_innovacion",
    year: 2026,
    code: "CONSOLIDADO",
    name: "Consolidado",
    description: "Al menos 2 años de implementación (hasta S/ 20 000).",
    minYearsRunning: 2,
  },
  { kind: "proyecto_innovacion", year: 2026, code: "PROCESO", name: "En proceso de implementación", description: "Hasta S/ 16 500." },
  { kind: "proyecto_innovacion", year: 2026, code: "PROMISORIO", name: "Promisorio", description: "Hasta S/ 15 400." },
  { kind: "proyecto_innovacion", year: 2026, code: "INVESTIGACION", name: "Investigación", description: "Proyectos de investigación e innovación." },
];

/** Inserts the editions and categories that are missing; returns how many rows were new. */
export async function seedRegistrationCatalog(prisma: PrismaClient): Promise<number> {
  const editions = await prisma.registrationEdition.createMany({ data: [...EDITIONS], skipDuplicates: true });
  const parents = await prisma.registrationCategory.createMany({
    data: CATEGORIES.map((category, index) => ({
      kind: category.kind,
      year: category.year,
      code: category.code,
      name: category.name,
      practiceType: category.practiceType ?? null,
      description: category.description ?? null,
      minYearsRunning: category.minYearsRunning ?? null,
      sortOrder: index,
    })),
    skipDuplicates: true,
  });
  const withChildren = CATEGORIES.filter((category) => category.children && category.children.length > 0);
  const parentRows = await prisma.registrationCategory.findMany({
    where: { OR: withChildren.map((category) => ({ kind: category.kind, year: category.year, code: category.code })) },
    select: { id: true, kind: true, year: true, code: true, practiceType: true },
  });
  const children = withChildren.flatMap((category) => {
    const parent = parentRows.find((row) => row.kind === category.kind && row.year === category.year && row.code === category.code);
    if (!parent) return [];
    return (category.children ?? []).map((child, index) => ({
      kind: category.kind,
      year: category.year,
      code: child.code,
      name: child.name,
      practiceType: parent.practiceType,
      parentId: parent.id,
      sortOrder: index,
    }));
  });
  const created = children.length > 0 ? await prisma.registrationCategory.createMany({ data: children, skipDuplicates: true }) : { count: 0 };
  return editions.count + parents.count + created.count;
}
