/**
 * Importing is idempotent by text: the same text changes nothing, a different text under a known
 * number is a new revision (earlier ones kept), and a file that is no notice writes nothing.
 */
import type { Db } from '../../server/db/connection.ts';
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { InputError } from '../../server/services/errors.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { documentRevisions, documents } from '../../server/db/tables.ts';
import {
  SEED_NOTICE_PATH,
  seedNoticeText,
  tableCounts,
  testDb,
  TEST_ACTOR,
  auditCount,
} from '../helpers/db.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const importText = (db: Db, text: string, sourceName = 'seed.txt') =>
  importNotice(db, { text, sourceName, actor: TEST_ACTOR });

/** The seed without 附件1 (from its heading to the 木垒 row). */
function seedWithoutAllocationTable(): string {
  const seed = seedNoticeText();
  const start = seed.indexOf('附件1:\n');
  const lastRow = '木垒哈萨克自治县\t2030\t1159\t871\n';
  const end = seed.indexOf(lastRow) + lastRow.length;
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return seed.slice(0, start) + seed.slice(end);
}

describe('importing the same notice again', () => {
  it('the same text a second time: outcome unchanged, nothing written', async () => {
    const db = await testDb();
    const first = await importText(db, seedNoticeText());
    expect(first.outcome).toBe('created');
    expect(first.document.revision).toBe(1);
    const before = await tableCounts(db);
    const second = await importText(db, seedNoticeText(), 'again.txt');
    expect(second.outcome).toBe('unchanged');
    expect(second.document.revision).toBe(1);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('a changed text under the same number: a new revision, both kept', async () => {
    const db = await testDb();
    await importText(db, seedNoticeText());
    const countsAfterFirst = await tableCounts(db);
    const changed = seedNoticeText().replace(
      '抄送：存档（二）',
      '抄送：自治区财政厅社会保障处，存档（二）',
    );
    expect(changed).not.toBe(seedNoticeText());

    const revised = await importText(db, changed, 'corrected.txt');
    expect(revised.outcome).toBe('revised');
    expect(revised.document.revision).toBe(2);
    expect(revised.document.number).toBe('昌州财社〔2022〕11号');

    const doc = await db.select().from(documents);
    expect(doc).toHaveLength(1);
    const revisions = await db
      .select()
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, doc[0]?.id ?? -1))
      .orderBy(documentRevisions.revision);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[0]?.rawText).toBe(seedNoticeText());
    expect(revisions[1]?.rawText).toBe(changed);
    expect(doc[0]?.currentRevisionId).toBe(revisions[1]?.id);

    // The revision's tables are stored again; regions and the indicator catalogue are shared.
    const counts = await tableCounts(db);
    expect(counts).toMatchObject({
      documents: 1,
      document_revisions: 2,
      import_runs: 2,
      allocations: 16,
      target_sheets: 16,
      regions: countsAfterFirst.regions,
      region_aliases: countsAfterFirst.region_aliases,
      indicators: countsAfterFirst.indicators,
      programs: 1,
    });

    // The changed text once more: unchanged, revision 2 stays current.
    const again = await importText(db, changed);
    expect(again).toMatchObject({ outcome: 'unchanged', document: { revision: 2 } });
    expect(await tableCounts(db)).toEqual(counts);
    // The first text once more is recognised as revision 1 and changes nothing either.
    const old = await importText(db, seedNoticeText());
    expect(old).toMatchObject({ outcome: 'unchanged', document: { revision: 1 } });
    expect(await tableCounts(db)).toEqual(counts);
    expect((await db.select().from(documents))[0]?.currentRevisionId).toBe(revisions[1]?.id);
  });
});

describe('a file that is no notice', () => {
  const CASES: [string, () => string, RegExp][] = [
    ['an empty string', () => '', /empty/],
    ['only blank lines', () => '\n  \n\t\n', /empty/],
    [
      'some prose',
      () => '各位同事：\n\n本周五下午三点在三楼会议室召开工作例会，请准时参加。\n\n办公室\n',
      /no allocation table/,
    ],
    [
      'a JSON file',
      () =>
        JSON.stringify(
          { number: '昌州财社〔2022〕11号', rows: [{ region: '昌吉市', amount: 1485 }] },
          null,
          2,
        ),
      /no allocation table/,
    ],
    ['the seed with its allocation table removed', seedWithoutAllocationTable, /分配表/],
    [
      'the seed with an allocation row that is no amount',
      () =>
        seedNoticeText().replace('昌吉市\t1485\t1275\t210', '昌吉市\t1485\t一千二百七十五\t210'),
      /line 61: allocation table row/,
    ],
    [
      'the seed with a stray, over-precise figure inside the allocation table',
      () => seedNoticeText().replace('阜康市\t831', '\t1.1234567\t\t\n阜康市\t831'),
      /line 62: allocation table row/,
    ],
    [
      'the seed with an over-precise figure where a region name belongs',
      () => seedNoticeText().replace('阜康市\t831', '1.1234567\t831'),
      /line 62: allocation table row/,
    ],
  ];

  it('the seed without its document number → NUMBER_MISSING (never a guessed number), nothing written', async () => {
    const db = await testDb();
    await importText(db, seedNoticeText());
    const before = await tableCounts(db);
    let error: unknown;
    try {
      await importText(db, seedNoticeText().replace('昌州财社〔2022〕11号', ''), 'no-number.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'NUMBER_MISSING', field: 'corrections.number' });
    expect((error as InputError).message).toMatch(
      /没有找到文号.*--number.*No document number found/,
    );
    expect(await tableCounts(db)).toEqual(before);
  });

  it.each(CASES)(
    '%s → NOT_A_NOTICE saying what is missing, nothing written but the audit row',
    async (_, text, message) => {
      const db = await testDb();
      // A database that already holds a notice, so "nothing written" is not trivially true.
      await importText(db, seedNoticeText());
      const before = await tableCounts(db);
      const audited = await auditCount(db);
      let error: unknown;
      try {
        await importText(db, text(), 'not-a-notice.txt');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ code: 'NOT_A_NOTICE', field: 'text' });
      expect((error as InputError).message).toMatch(message);
      expect(await tableCounts(db)).toEqual(before);
      expect(await auditCount(db)).toBe(audited + 1);
    },
  );
});

describe('the import CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (file: string) =>
    spawnSync('node', ['--import', 'tsx', 'server/cli/import-notice.ts', file, '--json'], {
      cwd: ROOT,
      env: { ...process.env, DB_PATH: join(dir, 'cli.sqlite') },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('imports the seed: exit 0 and a JSON summary with outcome created', () => {
    const result = run(SEED_NOTICE_PATH);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      outcome: string;
      document: { number: string; revision: number };
      sheets: unknown[];
    };
    expect(summary.outcome).toBe('created');
    expect(summary.document).toMatchObject({ number: '昌州财社〔2022〕11号', revision: 1 });
    expect(summary.sheets).toHaveLength(8);
  });

  it('refuses a non-notice: exit 1 and a message', () => {
    const file = join(dir, 'memo.txt');
    writeFileSync(file, '会议通知\n\n请各位于周五下午参加例会。\n', 'utf8');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const error = JSON.parse(result.stderr) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('NOT_A_NOTICE');
    expect(error.error.message).toContain('memo.txt');
    expect(error.error.message).toContain('no allocation table');
    expect(error.error.message).toContain('Nothing was written');
  });
});
