/** `npm run import-report`: problems printed by cell with exit 1 and nothing written; a good form filed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '../../server/db/open.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { seedNoticeText, tableCounts, TEST_ACTOR } from '../helpers/db.ts';
import { openSharedTestDb, sharedTestDatabase } from '../helpers/engine.ts';
import { filledForm } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-report-'));
/** A SQLite file in `dir`, or a PostgreSQL database: the CLI opens it by DB_PATH or DATABASE_URL. */
const database = await sharedTestDatabase(dir);

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/import-report.ts', ...args], {
    env: database.env,
    encoding: 'utf8',
  });
}

async function counts() {
  const db = await openSharedTestDb(database.location);
  try {
    return await tableCounts(db);
  } finally {
    await closeDb(db);
  }
}

describe('npm run import-report', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the problems by cell and exits 1 without writing; files a good form', async () => {
    const db = await openSharedTestDb(database.location);
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    const bad = join(dir, 'bad.xlsx');
    const good = join(dir, 'good.xlsx');
    writeFileSync(
      bad,
      await filledForm(db, '玛纳斯县', 10, (ws) => void (ws.getCell('E5').value = 1300)),
    );
    writeFileSync(
      good,
      await filledForm(db, '玛纳斯县', 10, (ws) => void (ws.getCell('E5').value = 1271)),
    );
    await closeDb(db);

    const before = await counts();
    const refused = run(bad, '--region', '玛纳斯县', '--month', '2022-10');
    expect(refused.status).toBe(1);
    // 玛纳斯县 col 2 = 1271.
    expect(refused.stderr).toContain(
      'E5: 实际支出金额 1300 超过资金金额 1271 万元 [SPENT_EXCEEDS_ALLOCATION]',
    );
    expect(await counts()).toEqual(before);

    const dry = run(good, '--region', '玛纳斯县', '--month', '2022-10', '--dry-run');
    expect([dry.status, await counts()]).toEqual([0, before]);

    const filed = run(good, '--region', '玛纳斯县', '--month', '2022-10');
    expect(filed.status).toBe(0);
    expect(filed.stdout).toContain('已报送：玛纳斯县 2022年10月 跟踪反馈表 版本 1');
    expect((await counts()).spending_reports).toBe(before.spending_reports! + 1);

    expect(run(good).status).toBe(2);
    // Five runs of node with tsx: seconds each on a busy machine.
  }, 120_000);
});
