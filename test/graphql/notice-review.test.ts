/**
 * Review before storing through the API: previewNoticeImport shows what was read and writes
 * nothing; importNoticeFile imports with the reviewer's corrections in one audited transaction
 * and keeps the corrections as notes. Expected values are the seed notice's, read by hand.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import { addRegionTree } from '../../server/services/region-tree.service.ts';
import { auditCount, seedNoticeText, tableCounts } from '../helpers/db.ts';
import { execute, post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import {
  ImportNoticeFileDocument,
  PreviewNoticeImportDocument,
  type NoticeImportInput,
} from './generated/graphql.ts';

const SEED = seedNoticeText();
const NUMBER = '昌州财社〔2022〕11号';
/** The seed without its own number: the body still cites 新财社〔2022〕71号, which must not be taken. */
const NUMBERLESS = SEED.replace(`${NUMBER}\n`, '');

let server: TestServer;
afterEach(() => server?.close());

/** The newest audit row; its summary as JSON text on both engines (PostgreSQL's is json). */
const lastAudit = async (s: TestServer) =>
  (
    await allRows<{
      operation: string;
      object: string;
      outcome: string;
      code: string | null;
      summary: string;
    }>(
      s.db,
      sql`select operation, object, outcome, code, cast(summary as text) as summary
          from audit_log order by id desc limit 1`,
    )
  )[0];

const preview = async (input: NoticeImportInput, client = server) =>
  (await execute(client, PreviewNoticeImportDocument, { input })).previewNoticeImport;
const importFile = async (input: NoticeImportInput) =>
  (await execute(server, ImportNoticeFileDocument, { input })).importNoticeFile;

const SWAPPED = [
  { column: 2, role: 'thisBatch' },
  { column: 3, role: 'earlyAdvance' },
];

describe('previewNoticeImport', () => {
  it('shows the document, the table with its columns and unit, regions, sheets and warnings, and writes nothing', async () => {
    server = await startTestServer();
    const before = await tableCounts(server.db);
    const audits = await auditCount(server.db);
    const p = await preview({ text: SEED });
    expect(p.errors).toEqual([]);
    expect(p.format).toBe('text');
    expect(p.document).toMatchObject({
      number: NUMBER,
      numberCorrected: false,
      title: '关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知',
      year: 2022,
      batch: 2,
      upstreamNumber: '新财社〔2022〕71号',
      issuerRegion: '昌吉回族自治州',
    });
    expect(p.allocationTable?.unit).toBe('万元');
    expect(p.allocationTable?.unitStated).toBe(true);
    expect(p.allocationTable?.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'earlyAdvance',
      'thisBatch',
    ]);
    // 附件1 by hand: 地区 | 全年合计 | 年初提前 | 此次.
    expect(
      p.allocations.map((a) => [
        a.writtenName,
        a.annualTotal,
        a.earlyAdvance,
        a.thisBatch,
        a.isSubtotal,
      ]),
    ).toEqual([
      ['昌吉州', 11438, 7828, 3610, true],
      ['昌吉市', 1485, 1275, 210, false],
      ['阜康市', 831, 851, -20, false],
      ['呼图壁县', 1825, 968, 857, false],
      ['玛纳斯县', 1271, 855, 416, false],
      ['奇台县', 2295, 1478, 817, false],
      ['吉木萨尔县', 1701, 1242, 459, false],
      ['木垒哈萨克自治县', 2030, 1159, 871, false],
    ]);
    // An empty database: every region is new.
    expect(p.regions.every((r) => r.existing === null && !r.chosen)).toBe(true);
    expect(p.regions.find((r) => r.name === '木垒哈萨克自治县')?.writtenNames).toContain('木垒县');
    expect(p.sheets.map((s) => [s.writtenRegion, s.fundTotal, s.indicators])).toEqual([
      ['昌吉州', 11438, 16],
      ['玛纳斯县', 1271, 17],
      ['呼图壁县', 1825, 17],
      ['昌吉市', 1485, 17],
      ['阜康市', 831, 17],
      ['吉木萨尔县', 1701, 17],
      ['奇台县', 2295, 17],
      ['木垒县', 2030, 16],
    ]);
    expect(
      p.warnings.some((w) => w.code === 'INDICATOR_LEVEL_REPAIRED' && w.regionName === '呼图壁县'),
    ).toBe(true);
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await auditCount(server.db)).toBe(audits + 1);
    expect(await lastAudit(server)).toMatchObject({
      operation: 'previewNoticeImport',
      outcome: 'OK',
    });
  });

  it('matches the regions already in the tree, and a reviewer’s match moves the rows', async () => {
    server = await startTestServer((db) =>
      addRegionTree(db, [
        {
          name: '昌吉回族自治州',
          level: 'prefecture',
          children: [
            { name: '呼图壁', level: 'county' },
            { name: '奇台县', level: 'county' },
          ],
        },
      ]),
    );
    const ids = Object.fromEntries(
      (
        await allRows<{ id: number; name: string }>(server.db, sql`select id, name from regions`)
      ).map((r) => [r.name, String(r.id)]),
    );
    const read = await preview({ text: SEED });
    const match = (name: string, p = read) =>
      p.regions.find((r) => r.name === name)?.existing?.name ?? 'new';
    expect([match('昌吉回族自治州'), match('奇台县'), match('呼图壁县')]).toEqual([
      '昌吉回族自治州',
      '奇台县',
      'new',
    ]);

    const corrections = { regionMatches: [{ writtenName: '呼图壁县', regionId: ids['呼图壁'] }] };
    const corrected = await preview({ text: SEED, corrections });
    expect(corrected.regions.find((r) => r.name === '呼图壁县')).toMatchObject({
      existing: { name: '呼图壁' },
      chosen: true,
    });
    expect(corrected.allocations.find((a) => a.writtenName === '呼图壁县')?.existing?.id).toBe(
      ids['呼图壁'],
    );

    const stored = await importFile({ text: SEED, corrections });
    expect(stored.errors).toEqual([]);
    const row = stored.document?.allocations.find((a) => a.annualTotal === 1825);
    expect(row?.region).toEqual({ id: ids['呼图壁'], name: '呼图壁' });
    const names = (await allRows<{ name: string }>(server.db, sql`select name from regions`)).map(
      (r) => r.name,
    );
    expect(names).not.toContain('呼图壁县');
    expect(stored.document?.notes.map((n) => n.message)).toContain(
      `审核更正：「呼图壁县」匹配到已有地区 呼图壁（编号 ${ids['呼图壁']}）`,
    );
  });

  it('refuses "new" where the parent already has a region of that name, writing nothing', async () => {
    server = await startTestServer((db) =>
      addRegionTree(db, [
        {
          name: '昌吉回族自治州',
          level: 'prefecture',
          children: [{ name: '奇台县', level: 'county' }],
        },
      ]),
    );
    const before = await tableCounts(server.db);
    const input = {
      text: SEED,
      corrections: { regionMatches: [{ writtenName: '奇台县', regionId: null }] },
    };
    expect((await preview(input)).errors.map((e) => e.code)).toEqual(['REGION_EXISTS']);
    const result = await importFile(input);
    expect(result.outcome).toBeNull();
    expect(result.errors.map((e) => e.code)).toEqual(['REGION_EXISTS']);
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await lastAudit(server)).toMatchObject({
      operation: 'importNoticeFile',
      outcome: 'REFUSED',
      code: 'REGION_EXISTS',
    });
  });

  it('shows the number, year and batch as corrected (null: no batch; 0: 提前下达)', async () => {
    server = await startTestServer();
    const none = await preview({ text: SEED, corrections: { batch: null, year: 2023 } });
    expect(none.document).toMatchObject({ number: NUMBER, year: 2023, batch: null });
    const advance = await preview({
      text: SEED,
      corrections: { batch: 0, number: '昌州财社（2022）12号' },
    });
    expect(advance.document).toMatchObject({
      number: '昌州财社〔2022〕12号',
      numberCorrected: true,
      batch: 0,
    });
    // Corrections of the header leave the table as read: 11438 = 7828 + 3610.
    expect(advance.allocations[0]).toMatchObject({
      annualTotal: 11438,
      earlyAdvance: 7828,
      thisBatch: 3610,
    });
  });

  it('recomputes the table with a column’s role corrected', async () => {
    server = await startTestServer();
    const p = await preview({ text: SEED, corrections: { columnRoles: SWAPPED } });
    // 昌吉市: 1485 = 1275 + 210; with 年初提前 and 此次 swapped, 此次 is 1275.
    expect(p.allocations[1]).toMatchObject({
      annualTotal: 1485,
      earlyAdvance: 210,
      thisBatch: 1275,
    });
  });

  it('reads the amounts in the unit the reviewer gives', async () => {
    server = await startTestServer();
    const p = await preview({ text: SEED, corrections: { unit: '元' } });
    // 1485 元 = 0.1485 万元.
    expect(p.allocations[1]?.annualTotal).toBe(0.1485);
    expect(p.allocationTable?.unit).toBe('元');
  });
});

describe('importNoticeFile', () => {
  it('stores the corrected number, year and batch, keeps them as notes, and audits the import', async () => {
    server = await startTestServer();
    const corrections = { number: '昌州财社[2022]99号', year: 2023, batch: 3 };
    const result = await importFile({ text: SEED, fileName: '通知.txt', corrections });
    expect(result.errors).toEqual([]);
    expect(result.outcome).toBe('created');
    expect(result.document).toMatchObject({
      number: '昌州财社〔2022〕99号',
      year: 2023,
      batch: 3,
      revision: 1,
    });
    expect(
      result.document?.notes.filter((n) => n.code === 'REVIEW_CORRECTION').map((n) => n.message),
    ).toEqual([
      '审核更正：文号为 昌州财社〔2022〕99号',
      '审核更正：年度为 2023',
      '审核更正：批次为 第3批',
    ]);
    expect(await lastAudit(server)).toMatchObject({
      operation: 'importNoticeFile',
      object: 'document:昌州财社〔2022〕99号',
      outcome: 'OK',
    });
    // The same file with the same corrections changes nothing; other corrections are a revision.
    expect((await importFile({ text: SEED, corrections })).outcome).toBe('unchanged');
    const revised = await importFile({ text: SEED, corrections: { ...corrections, batch: 2 } });
    expect([revised.outcome, revised.document?.revision, revised.document?.batch]).toEqual([
      'revised',
      2,
      2,
    ]);
  });

  it('imports a file as its bytes (base64), recognised by content, not by name', async () => {
    server = await startTestServer();
    const file = Buffer.from(SEED, 'utf8').toString('base64');
    const result = await importFile({ file, fileName: 'notice.pdf' });
    expect(result.errors).toEqual([]);
    expect(result.document?.number).toBe(NUMBER);
    expect(result.document?.allocations).toHaveLength(8);
  });

  it('removes bidi overrides from a file before anything reads it (the region is stored as written without them)', async () => {
    server = await startTestServer();
    const hostile = SEED.replaceAll('吉木萨尔县', '吉木萨尔\u202Elmth.exe县');
    const file = Buffer.from(hostile, 'utf8').toString('base64');
    const result = await importFile({ file, fileName: 'notice.txt' });
    expect(result.errors).toEqual([]);
    const names = await allRows(
      server.db,
      sql`select name from regions where name like ${'吉木萨尔%'}`,
    );
    expect(names).toEqual([{ name: '吉木萨尔lmth.exe县' }]);
  });

  it('refuses an allocation table of more rows than any notice has, naming the table, writing nothing', async () => {
    server = await startTestServer();
    const before = await tableCounts(server.db);
    // 1,001 county rows of 1 万元 each under a 合计 row of 1001.
    const rows = Array.from({ length: 1001 }, (_, i) => `第${i + 1}县\t1`).join('\n');
    const text = `昌州财社〔2022〕99号\n关于下达2022年某资金的通知\n昌吉回族自治州财政局\n2022年6月7日\n附件1\n2022年某资金分配表\n单位：万元\n地区\t此次下达\n合计\t1001\n${rows}\n`;
    const p = await preview({ text, fileName: 'big.txt' });
    expect(p.errors.map((e) => e.code)).toEqual(['TOO_MANY_ROWS']);
    // 1,001 counties and the 合计 row: 1,002 rows.
    expect(p.errors[0]?.message).toMatch(/big\.txt.*分配表.*有 1002 行.*超过上限 1000 行/);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses a notice without a number of its own unless the reviewer gives one', async () => {
    server = await startTestServer();
    const before = await tableCounts(server.db);
    const p = await preview({ text: NUMBERLESS, fileName: '无文号.txt' });
    expect(p.errors.map((e) => [e.code, e.field])).toEqual([
      ['NUMBER_MISSING', 'corrections.number'],
    ]);
    expect(p.errors[0]?.message).toContain('无文号.txt');
    const refused = await importFile({ text: NUMBERLESS });
    expect(refused.errors.map((e) => e.code)).toEqual(['NUMBER_MISSING']);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('imports a number-less notice under the number given, never a guessed one', async () => {
    server = await startTestServer();
    const p = await preview({ text: NUMBERLESS });
    expect(p.document?.number).toBeNull();
    const result = await importFile({
      text: NUMBERLESS,
      corrections: { number: '昌州财社〔2022〕12号' },
    });
    expect(result.document?.number).toBe('昌州财社〔2022〕12号');
    const numbers = await allRows(server.db, sql`select number from documents`);
    expect(numbers).toEqual([{ number: '昌州财社〔2022〕12号' }]);
  });
});

describe('refusals', () => {
  it('refuses a non-admin before reading the file, with its audit row', async () => {
    server = await startTestServer();
    // A legacy .doc: reading it would answer UNREADABLE; the role is refused first.
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString(
      'base64',
    );
    for (const role of ['LEADER', 'ANALYST'] as const) {
      for (const operation of ['previewNoticeImport', 'importNoticeFile']) {
        const response = await post(
          await server.as(role),
          `mutation ($input: NoticeImportInput!) { ${operation}(input: $input) { errors { code } } }`,
          { input: { file: doc, fileName: 'x.doc' } },
        );
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const row = await lastAudit(server);
        expect(row).toMatchObject({ operation, outcome: 'REFUSED', code: 'FORBIDDEN' });
        expect(JSON.parse(row?.summary ?? '')).toMatchObject({ refusedBeforeReading: true });
      }
    }
    const county = await server.as('LEADER');
    const seeded = await post(
      county,
      'mutation ($t: String!) { importNoticeFile(input: { text: $t }) { outcome } }',
      {
        t: SEED,
      },
    );
    expect(seeded.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await tableCounts(server.db)).documents).toBe(0);
  });

  it('refuses a file over the limit, naming it, before decoding it', async () => {
    server = await startTestServer();
    const p = await preview({ file: 'A'.repeat(2_400_200), fileName: '大文件.pdf' });
    expect(p.errors.map((e) => [e.code, e.field])).toEqual([['FILE_TOO_LARGE', 'file']]);
    expect(p.errors[0]?.message).toContain('大文件.pdf');
    expect(await lastAudit(server)).toMatchObject({
      operation: 'previewNoticeImport',
      outcome: 'REFUSED',
      code: 'FILE_TOO_LARGE',
    });
  });

  it('passes on the reader’s message for a file it cannot read, naming the file', async () => {
    server = await startTestServer();
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString(
      'base64',
    );
    const before = await tableCounts(server.db);
    const result = await importFile({ file: doc, fileName: '通知.doc' });
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([['UNREADABLE', 'file']]);
    expect(result.errors[0]?.message).toMatch(/^「通知\.doc」无法读取：.*save it as \.docx/);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses a text that is no notice, and bad corrections by their field', async () => {
    server = await startTestServer();
    const notNotice = await preview({ text: '各县：请报送。' });
    expect(notNotice.errors.map((e) => e.code)).toEqual(['NOT_A_NOTICE']);
    const bad = await preview({
      text: SEED,
      corrections: {
        number: '十一号',
        year: 1999,
        unit: '千元',
        columnRoles: [{ column: -1, role: 'x' }],
      },
    });
    expect(bad.errors.map((e) => [e.code, e.field])).toEqual([
      ['NUMBER_INVALID', 'corrections.number'],
      ['YEAR_INVALID', 'corrections.year'],
      ['UNIT_INVALID', 'corrections.unit'],
      ['COLUMN_INVALID', 'corrections.columnRoles.0.column'],
    ]);
    const neither = await preview({});
    expect(neither.errors.map((e) => e.code)).toEqual(['SOURCE_MISSING']);
    const unknown = await preview({
      text: SEED,
      corrections: { regionMatches: [{ writtenName: '乌鲁木齐市', regionId: null }] },
    });
    expect(unknown.errors.map((e) => [e.code, e.field])).toEqual([
      ['REGION_NAME_UNKNOWN', 'corrections.regionMatches.0.writtenName'],
    ]);
  });
});
