import { defineConfig } from 'drizzle-kit';

// PostgreSQL migrations, from the pg-core mirror of the schema (server/db/schema-pg). The
// SQLite ones stay in drizzle/ (drizzle.config.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema-pg/index.ts',
  out: './drizzle-pg',
});
