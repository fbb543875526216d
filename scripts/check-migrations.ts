/**
 * Fails when a Drizzle schema has changes that no committed migration holds, for each engine:
 * drizzle-kit generates into a scratch copy of the migrations folder and must find nothing to add.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ENGINES = [
  {
    dialect: 'sqlite',
    schema: './server/db/schema/index.ts',
    out: 'drizzle',
    generate: 'npm run db:generate -- --name <what_it_does>',
  },
  {
    dialect: 'postgresql',
    schema: './server/db/schema-pg/index.ts',
    out: 'drizzle-pg',
    generate: 'npm run db:generate:pg -- --name <what_it_does>',
  },
];

let failed = false;
for (const engine of ENGINES) {
  const scratch = mkdtempSync(join(tmpdir(), 'migrations-'));
  try {
    cpSync(engine.out, scratch, { recursive: true });
    const before = readdirSync(scratch).length;
    const run = spawnSync(
      'npx',
      [
        'drizzle-kit',
        'generate',
        '--dialect',
        engine.dialect,
        '--schema',
        engine.schema,
        '--out',
        relative(process.cwd(), scratch),
      ],
      { encoding: 'utf8' },
    );
    // drizzle-kit exits 0 on some failures, so its output is checked too.
    if (run.status !== 0 || /error/i.test(run.stderr + run.stdout)) {
      console.error(run.stdout, run.stderr);
      failed = true;
    } else if (readdirSync(scratch).length !== before) {
      console.error(
        `The ${engine.dialect} schema (${engine.schema}) has changes without a migration: run \`${engine.generate}\` and commit ${engine.out}/.`,
      );
      failed = true;
    } else {
      console.log(`${engine.dialect}: migrations match the schema`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
if (failed) process.exit(1);
