import { defineConfig } from "prisma/config";

// The CLI reads this file; the app itself never needs it (it builds its own driver adapter).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
