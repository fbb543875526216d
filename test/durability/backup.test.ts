/**
 * An online backup taken while another connection keeps filing reports: the copy passes
 * integrity_check and holds every report acknowledged before the backup began.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/connection.ts';
import { backupTo, integrityProblems } from '../../server/db/maintenance.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, TEST_ACTOR, testDb } from '../helpers/db.ts';
import { sharedTestDatabase, TEST_ENGINE } from '../helpers/engine.ts';
import { systemActor } from '../../server/services/actor.ts';

const dir = mkdtempSync(join(tmpdir(), 'backup-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNTIES = [
  '昌吉市',
  '阜康市',
  '呼图壁县',
  '玛纳斯县',
  '奇台县',
  '吉木萨尔县',
  '木垒哈萨克自治县',
];

async function file(db: Db, n: number): Promise<number> {
  const result = await submitSpendingReport(
    db,
    {
      region: COUNTIES[n % COUNTIES.length] ?? '昌吉市',
      year: 2022,
      month: 1 + (n % 12),
      lines: [
        { documentNumber: '昌州财社〔2022〕11号', spent: parseAmount(String(n % 500)) as Fen },
      ],
    },
    { actor: systemActor('backup-test'), now: new Date('2026-11-28T00:00:00Z') },
  );
  if (!result.report) throw new Error(JSON.stringify(result.errors));
  return result.report.id;
}

describe.skipIf(TEST_ENGINE === 'postgres')(
  'online backup (SQLite only: its backup API; PostgreSQL is backed up with pg_dump)',
  () => {
    it('copies a consistent database while another connection writes', async () => {
      const path = join(dir, 'live.sqlite');
      const server = await openDatabase(path);
      await importNotice(server, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
      const writer = await openDatabase(path);
      const acknowledgedBefore: number[] = [];
      for (let n = 0; n < 50; n++) acknowledgedBefore.push(await file(writer, n));

      let writing = true;
      let during = 0;
      const writes = (async () => {
        for (let n = 50; writing && n < 5000; n++) {
          await file(writer, n);
          during++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      const copy = join(dir, 'backup.sqlite');
      await backupTo(server, copy);
      writing = false;
      await writes;

      const restored = await openDatabase(copy);
      expect(integrityProblems(restored)).toEqual([]);
      const ids = new Set(
        (restored.$client.prepare('select id from spending_reports').all() as { id: number }[]).map(
          (r) => r.id,
        ),
      );
      expect(acknowledgedBefore.filter((id) => !ids.has(id))).toEqual([]);
      // Versions in the copy are consecutive per region and month (no half-written report).
      const gaps = restored.$client
        .prepare(
          `select region_id, year, month from spending_reports group by region_id, year, month
         having max(version) != count(*)`,
        )
        .all();
      expect(gaps).toEqual([]);
      const orphans = restored.$client
        .prepare(
          'select count(*) as n from spending_reports s where not exists (select 1 from spending_lines l where l.report_id = s.id)',
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      console.log(
        `backup: ${acknowledgedBefore.length} reports before, ${during} filed during; copy holds ${ids.size}`,
      );
      for (const db of [restored, writer, server]) db.$client.close();
    });
  },
);

describe.skipIf(TEST_ENGINE !== 'postgres')(
  'backup on PostgreSQL: pg_dump, not the SQLite backup (PostgreSQL only)',
  () => {
    it('refuses backupTo and `npm run backup`, naming pg_dump, and writes no file', async () => {
      const file = join(dir, 'pg-backup.sqlite');
      const db = await testDb();
      await expect(backupTo(db, file)).rejects.toThrow(/pg_dump/);
      const { env } = await sharedTestDatabase(dir);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', file], {
        env,
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('back it up with pg_dump');
      expect(existsSync(file)).toBe(false);
    }, 60_000);
  },
);
