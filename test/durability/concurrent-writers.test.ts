/**
 * Four processes filing at once, to the same and to different regions: no busy error reaches
 * a writer, every acknowledged report is stored, and versions per region-month are consecutive.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection.ts';
import { integrityProblems } from '../../server/db/maintenance.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { seedNoticeText, TEST_ACTOR } from '../helpers/db.ts';
import { TEST_ENGINE } from '../helpers/engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'writers-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writer(path: string, regions: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [
      '--import',
      'tsx',
      'test/durability/writer-process.ts',
      path,
      regions,
      String(count),
    ]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim().split('\n').filter(Boolean)));
  });
}

describe.skipIf(TEST_ENGINE === 'postgres')(
  'concurrent writers (SQLite only: processes sharing one file; PostgreSQL: db-pg/two-servers)',
  () => {
    it('never surface SQLITE_BUSY and lose nothing', async () => {
      const path = join(dir, 'shared.sqlite');
      const db = await openDatabase(path);
      await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
      const PER_PROCESS = 60;
      const outputs = await Promise.all([
        writer(path, '昌吉市', PER_PROCESS),
        writer(path, '昌吉市', PER_PROCESS),
        writer(path, '阜康市,昌吉市', PER_PROCESS),
        writer(path, '奇台县', PER_PROCESS),
      ]);
      const results = outputs
        .flat()
        .map((line) => JSON.parse(line) as { id?: number; errors?: unknown; thrown?: string });
      expect(results.filter((r) => r.id === undefined)).toEqual([]);
      expect(results).toHaveLength(4 * PER_PROCESS);

      const stored = db.$client.prepare('select id from spending_reports').all() as {
        id: number;
      }[];
      const ids = new Set(stored.map((r) => r.id));
      expect(results.filter((r) => r.id !== undefined && !ids.has(r.id))).toEqual([]);
      const gaps = db.$client
        .prepare(
          `select region_id, month, count(*) as n, max(version) as v from spending_reports
         group by region_id, year, month having max(version) != count(*)`,
        )
        .all();
      expect(gaps).toEqual([]);
      // The rollup holds the latest version of each region-month.
      const stale = db.$client
        .prepare(
          `select c.region_id from spending_current c join spending_reports s on s.id = c.report_id
         where s.version != (select max(version) from spending_reports v
                             where v.region_id = s.region_id and v.year = s.year and v.month = s.month)`,
        )
        .all();
      expect(stale).toEqual([]);
      expect(integrityProblems(db)).toEqual([]);
      db.$client.close();
    }, 120_000);
  },
);
