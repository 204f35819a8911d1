/** Schools, known by their código modular (7 digits, leading zeros kept). */
import type { Db, School } from "./db-types.js";

export const CODIGO_MODULAR = /^\d{7}$/;

export async function findSchool(db: Db, codigoModular: string): Promise<School | null> {
  return db.school.findUnique({ where: { codigoModular } });
}
