import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * TEST_ENGINE=postgres (`npm run test:pg`) runs again only what touches the database. On SQLite
 * only: the browser tests (test/browser: the pages over the same API), the web models (test/web),
 * the benchmark's report tests (its small run on both engines does run: bench.test.ts), the
 * static file handler (test/http), and the
 * importer's parser tests — the files under test/importer that open no database, told apart by
 * what they call (OPENS_A_DATABASE).
 */
const onPostgres = process.env.TEST_ENGINE === 'postgres';
const OPENS_A_DATABASE =
  /testDb|startTestServer|openTestDb|sharedTestDatabase|seededDb|openDatabase|openDb\b/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

const sqliteOnly = onPostgres
  ? [
      'test/browser/**',
      'test/web/**',
      'test/bench/report.test.ts',
      'test/bench/compare.test.ts',
      'test/http/**',
      ...testFiles('test/importer').filter(
        (file) => !OPENS_A_DATABASE.test(readFileSync(file, 'utf8')),
      ),
    ]
  : [];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...sqliteOnly],
    testTimeout: 20_000,
  },
});
