/**
 * Fails when the committed generated GraphQL files differ from what codegen produces now
 * (a schema or operation changed without `npm run codegen`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['server/graphql/generated', 'test/graphql/generated', 'web/src/gql'];

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  };
  GENERATED.forEach(walk);
  return files;
}

const before = snapshot();
const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts'], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (f) => before.get(f) !== after.get(f),
);
if (changed.length > 0) {
  console.error(
    `Generated GraphQL files were out of date (now regenerated): ${changed.join(', ')}. Commit them.`,
  );
  process.exit(1);
}
console.log('generated GraphQL files are current');
