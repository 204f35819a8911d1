// Filing a registration runs two named statements on Prisma's pool at every submit: the duplicate-title lookup
// (at three steps of every form) and the one-statement insert. PostgreSQL keeps a generic plan of each from its
// sixth run on a connection, made with the tables as they are then (empty on a new deploy) and kept until they
// are analysed again; so each must read by index in the plan made on empty tables, or every submit would read
// whole tables once they have grown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUPLICATE_CANDIDATES_SQL } from "../../../src/domain/registrations/duplicates.js";
import { INSERT_NEW_SQL } from "../../../src/domain/registrations/insert-new.js";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../../helpers/db.js";
import { genericPlans, tablesReadWhole, type GenericPlans } from "../../helpers/generic-plans.js";

const url = testDatabaseUrl();
const GROWING = ["Person", "School", "Registration", "RegistrationMember", "RegistrationAttachment", "RegistrationStatusChange", "Delivery", "AuditLog"];

describe.runIf(url)("plans of a registration's submit", () => {
  let db: TestDatabase;
  let plans: GenericPlans;

  beforeAll(async () => {
    db = await createTestDatabase({ seed: false });
    const { connectionString, options } = db.pool!.options;
    plans = await genericPlans(connectionString as string, options ?? "");
  });

  afterAll(async () => {
    await plans?.close();
    await db?.close();
  });

  it("the duplicate-title lookup goes from the school's código modular to its registrations by index", async () => {
    const plan = await plans.explain(DUPLICATE_CANDIDATES_SQL, ["buena_practica", "2026", "0123456", null]);
    expect(tablesReadWhole(plan, GROWING)).toEqual([]);
    expect(plan).toMatch(/Index Scan using "School_codigoModular_key"/);
    expect(plan).toMatch(/Index Cond: \(\("schoolId" = s\.id\)/);
  });

  it("the insert reads the school by its code and the UGEL's specialists by (ugelId, role), never every person", async () => {
    const params = Array.from({ length: 19 }, () => null);
    const plan = await plans.explain(INSERT_NEW_SQL, params);
    expect(tablesReadWhole(plan, GROWING)).toEqual([]);
    expect(plan).toMatch(/Index Cond: \(\("ugelId" = \$\d+\) AND \(role = 'especialista_ugel'::"Role"\)\)/);
  });
});
