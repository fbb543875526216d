/**
 * Finding 2 of the hardening issue: a notice with 10,000 allocation rows blocked the event loop
 * 19 s and then failed with an internal error (`too many SQL variables` in insertImportRun).
 * Now the importer's edge (server/importer/edge.ts) refuses a text or a table larger than any
 * real notice with a message naming the limit, writing nothing, and the repository inserts
 * rows in bounded statements.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { MAX_NOTICE_LINES, MAX_TABLE_ROWS } from '../../server/importer/edge.ts';
import * as documentsRepo from '../../server/repositories/documents.repo.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { InputError } from '../../server/services/errors.ts';
import { sqlRow, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';
import { buildNotice, type NoticeCounty } from '../graphql/notice-builder.ts';

function counties(n: number): NoticeCounty[] {
  return Array.from({ length: n }, (_, i) => ({ name: `测试${i}县`, early: 10, thisBatch: 5 }));
}

const SPEC = {
  issuer: '测试地区',
  number: '测财社〔2024〕9号',
  upstreamNumber: '新财社〔2024〕1号',
  year: 2024,
  batch: '第一批',
  issuedOn: { month: 5, day: 6 },
};

/** The notice's allocation table with every row, but the target sheet of the issuer only. */
function tableOnly(n: number): string {
  const text = buildNotice({ ...SPEC, counties: counties(n) });
  const sheets = text.split('\n');
  const firstCountySheet = sheets.findIndex(
    (l, i) => i > 0 && l.includes('测试0县') && !l.includes('\t1'),
  );
  const feedback = sheets.indexOf('附件4:');
  return [...sheets.slice(0, firstCountySheet), ...sheets.slice(feedback)].join('\n');
}

async function refusal(run: () => unknown): Promise<InputError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('a notice of any size', () => {
  it('10,000 allocation rows: refused naming the table and the limit, nothing written', async () => {
    const db = await testDb();
    const before = await tableCounts(db);
    const text = tableOnly(10_000);
    const error = await refusal(() =>
      importNotice(db, { text, sourceName: 'huge', actor: TEST_ACTOR }),
    );
    expect(error.code).toBe('TOO_MANY_ROWS');
    // The issuer's row and 10,000 counties.
    expect(error.message).toMatch(/allocation table has 10001 rows, over the limit of 1000/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('a text of more lines than any notice: refused before parsing', async () => {
    const db = await testDb();
    const text = `${tableOnly(3)}\n${'x\n'.repeat(MAX_NOTICE_LINES)}`;
    const error = await refusal(() =>
      importNotice(db, { text, sourceName: 'long', actor: TEST_ACTOR }),
    );
    expect(error.code).toBe('TEXT_TOO_LARGE');
    expect(error.message).toMatch(new RegExp(`over the limit of ${MAX_NOTICE_LINES}`));
  });

  it('a table over the row limit: refused naming the table and the limit, nothing written', async () => {
    const db = await testDb();
    const before = await tableCounts(db);
    const text = tableOnly(MAX_TABLE_ROWS + 500);
    const error = await refusal(() =>
      importNotice(db, { text, sourceName: 'big', actor: TEST_ACTOR }),
    );
    expect(error.code).toBe('TOO_MANY_ROWS');
    // The issuer's row and 1,500 counties.
    expect(error.message).toMatch(/allocation table has 1501 rows, over the limit of 1000/);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('inserts in bounded statements: 6,000 warnings of one import run are stored', async () => {
    const db = await testDb();
    const warnings = Array.from({ length: 6_000 }, (_, i) => ({
      severity: 'warning' as const,
      code: 'TEST',
      message: `warning ${i}`,
      regionId: null,
    }));
    const id = await documentsRepo.insertImportRun(
      db,
      {
        sourceName: 's',
        textHash: 'h',
        documentNumber: 'n',
        outcome: 'created',
        importedBy: 'test',
        summary: {},
      },
      warnings,
    );
    const stored = await sqlRow<{ n: number }>(
      db,
      sql`select count(*) as n from import_warnings where import_run_id = ${id}`,
    );
    expect(stored?.n).toBe(6_000);
  });
});
