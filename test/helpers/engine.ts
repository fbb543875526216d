/**
 * The engine the suite runs on: SQLite (in memory, or a file a test names) unless
 * TEST_ENGINE=postgres, which gives every test database a fresh database of its own on the
 * server TEST_DATABASE_URL names (scripts/pg-test-server.sh; `npm run test:pg` starts one).
 * Every database opened here is closed, and a PostgreSQL one dropped, after its test file.
 */
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Db, OpenOptions } from '../../server/db/connection.ts';
import { closeDb, openDb } from '../../server/db/open.ts';
import { createTestDatabase, type TestDatabase } from '../db-pg/pg-test-database.ts';

export const TEST_ENGINE: 'sqlite' | 'postgres' =
  process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const opened: Db[] = [];
const created: TestDatabase[] = [];
const byFile = new Map<string, TestDatabase>();

/**
 * A new, migrated database; `file` names a SQLite file, and on PostgreSQL a database of its own
 * that the same `file` opens again (a server restarted on the same data).
 */
export async function openTestDb(options: OpenOptions & { file?: string } = {}): Promise<Db> {
  const { file, ...open } = options;
  if (TEST_ENGINE === 'postgres') {
    if (!process.env.TEST_DATABASE_URL)
      throw new Error(
        'TEST_ENGINE=postgres needs TEST_DATABASE_URL (scripts/pg-test-server.sh start)',
      );
    // The same `file` twice is the same database (a restart), as on SQLite.
    let database = file === undefined ? undefined : byFile.get(file);
    if (!database) {
      database = await createTestDatabase();
      created.push(database);
      if (file !== undefined) byFile.set(file, database);
    }
    const db = await openDb(database.url, { ...open, max: 4 });
    opened.push(db);
    return db;
  }
  const db = await openDb(file ?? ':memory:', open);
  opened.push(db);
  return db;
}

/**
 * A database another process opens too (a CLI run, a second app server): where it is, and the
 * environment that makes the product open it (DB_PATH for a SQLite file in `dir`, or
 * DATABASE_URL for a fresh PostgreSQL database, dropped after the file). Nothing is opened here.
 */
export async function sharedTestDatabase(
  dir: string,
  fileName = 'test.sqlite',
): Promise<{ location: string; env: NodeJS.ProcessEnv }> {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.DB_PATH;
  if (TEST_ENGINE === 'postgres') {
    const database = await createTestDatabase();
    created.push(database);
    return { location: database.url, env: { ...inherited, DATABASE_URL: database.url } };
  }
  const location = join(dir, fileName);
  return { location, env: { ...inherited, DB_PATH: location } };
}

/** Opens (and migrates) a database sharedTestDatabase named; closed after the file if not before. */
export async function openSharedTestDb(location: string): Promise<Db> {
  const db = await openDb(location, TEST_ENGINE === 'postgres' ? { max: 2 } : {});
  opened.push(db);
  return db;
}

// A file can make dozens of databases (one per test): closed, then dropped, all at once.
afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => closeDb(db).catch(() => undefined)));
  await Promise.all(created.splice(0).map((database) => database.drop().catch(() => undefined)));
  byFile.clear();
}, 120_000);
