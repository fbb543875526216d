/**
 * The engine the suite runs on: SQLite (in memory, or a file a test names) unless
 * TEST_ENGINE=postgres, which gives every test database a fresh database of its own on the
 * server TEST_DATABASE_URL names (scripts/pg-test-server.sh; `npm run test:pg` starts one).
 * Every database opened here is closed, and a PostgreSQL one dropped, after its test file.
 */
import { afterAll } from 'vitest';
import type { Db, OpenOptions } from '../../server/db/connection.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { createTestDatabase, type TestDatabase } from '../db-pg/pg-test-database.ts';

export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const opened: Db[] = [];
const created: TestDatabase[] = [];

/** A new, migrated database: `file` is used on SQLite only (PostgreSQL makes its own). */
export async function openTestDb(options: OpenOptions & { file?: string } = {}): Promise<Db> {
  const { file, ...open } = options;
  if (TEST_ENGINE === 'postgres') {
    if (!process.env.TEST_DATABASE_URL)
      throw new Error(
        'TEST_ENGINE=postgres needs TEST_DATABASE_URL (scripts/pg-test-server.sh start)',
      );
    const database = await createTestDatabase();
    created.push(database);
    const db = await openDb(database.url, { ...open, max: 4 });
    opened.push(db);
    return db;
  }
  const db = await openDb(file ?? ':memory:', open);
  opened.push(db);
  return db;
}

afterAll(async () => {
  for (const db of opened.splice(0)) await closeDb(db).catch(() => undefined);
  for (const database of created.splice(0)) await database.drop().catch(() => undefined);
});
