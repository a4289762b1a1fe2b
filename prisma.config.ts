import { defineConfig } from "prisma/config";

// The Prisma CLI reads this. `migrate deploy` needs DATABASE_URL; `generate` does not.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/statusradar" },
});
