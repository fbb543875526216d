/**
 * Fails when the Drizzle schema has changes that no committed migration holds: drizzle-kit
 * generates into a scratch copy of drizzle/ and must find nothing to add.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'migrations-'));
try {
  cpSync('drizzle', scratch, { recursive: true });
  const before = readdirSync(scratch).length;
  const run = spawnSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'sqlite',
      '--schema',
      './server/db/schema/index.ts',
      '--out',
      relative(process.cwd(), scratch),
    ],
    { encoding: 'utf8' },
  );
  // drizzle-kit exits 0 on some failures, so its output is checked too.
  if (run.status !== 0 || /error/i.test(run.stderr + run.stdout)) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  if (readdirSync(scratch).length !== before) {
    console.error(
      'The schema has changes without a migration: run `npm run db:generate -- --name <what_it_does>` and commit drizzle/.',
    );
    process.exit(1);
  }
  console.log('migrations match the schema');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
