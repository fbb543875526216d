/**
 * Copies of the seed broken on purpose: each breach of an invariant is reported with its region
 * and difference, the import still succeeds, and the warnings are stored with the import run.
 * The differences below are worked out by hand from the seed's figures.
 */
import { describe, it, expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { ImportWarning } from '../../server/importer/types.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { importRuns, importWarnings, regions } from '../../server/db/tables.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';

/** The seed with one exact passage (which must occur once) replaced. */
function broken(...replacements: [string, string][]): string {
  let text = seedNoticeText();
  for (const [from, to] of replacements) {
    expect(text.split(from).length - 1, `"${from}" occurs once in the seed`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

const warningsOf = (text: string): ImportWarning[] =>
  parseNotice(text).warnings.filter((w) => w.severity === 'warning');

/** Imports into a fresh database; returns the stored warnings with their region's name. */
async function importAndReadWarnings(text: string) {
  const db = await testDb();
  const summary = await importNotice(db, { text, sourceName: 'broken.txt', actor: TEST_ACTOR });
  const stored = (
    await db
      .select({
        severity: importWarnings.severity,
        code: importWarnings.code,
        message: importWarnings.message,
        region: regions.name,
        run: importRuns.documentNumber,
      })
      .from(importWarnings)
      .innerJoin(importRuns, eq(importRuns.id, importWarnings.importRunId))
      .leftJoin(regions, eq(regions.id, importWarnings.regionId))
  ).filter((w) => w.severity === 'warning');
  return { summary, stored };
}

describe('reconciliation of the seed broken on purpose', () => {
  it('(a) col 2 ≠ col 3 + col 4 → ALLOCATION_ROW_MISMATCH naming the region and the difference', async () => {
    // 10 万元 of early advance moved from 吉木萨尔县 to 奇台县: each row is off by 10, the
    // column sums are not.
    const text = broken(
      ['奇台县\t2295\t1478\t817', '奇台县\t2295\t1488\t817'],
      ['吉木萨尔县\t1701\t1242\t459', '吉木萨尔县\t1701\t1232\t459'],
    );
    const warnings = warningsOf(text);
    expect(warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['ALLOCATION_ROW_MISMATCH', '奇台县'],
      ['ALLOCATION_ROW_MISMATCH', '吉木萨尔县'],
    ]);
    // 奇台县: 1488 + 817 = 2305, 2295 − 2305 = −10.
    expect(warnings[0]?.message).toContain('奇台县');
    expect(warnings[0]?.message).toContain('2295');
    expect(warnings[0]?.message).toContain('2305');
    expect(warnings[0]?.message).toContain('相差 -10 万元');
    // 吉木萨尔县: 1232 + 459 = 1691, 1701 − 1691 = 10.
    expect(warnings[1]?.message).toContain('吉木萨尔县');
    expect(warnings[1]?.message).toContain('1691');
    expect(warnings[1]?.message).toContain('相差 10 万元');

    const { summary, stored } = await importAndReadWarnings(text);
    expect(summary.outcome).toBe('created');
    expect(stored.map((w) => [w.code, w.region])).toEqual([
      ['ALLOCATION_ROW_MISMATCH', '奇台县'],
      ['ALLOCATION_ROW_MISMATCH', '吉木萨尔县'],
    ]);
    expect(stored[0]?.message).toBe(warnings[0]?.message);
    expect(stored[0]?.run).toBe('昌州财社〔2022〕11号');
  });

  it('(b) a sheet fund total ≠ the allocation → SHEET_TOTAL_MISMATCH', async () => {
    // 玛纳斯县's sheet says 1217 (central 1217) where the table allocates 1271.
    const text = broken(
      ['资金情况（万元）\t下达资金总额:\t\t1271\t', '资金情况（万元）\t下达资金总额:\t\t1217\t'],
      ['\t其中：中央财政补助\t\t1271\t', '\t其中：中央财政补助\t\t1217\t'],
    );
    const warnings = warningsOf(text);
    expect(warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['SHEET_TOTAL_MISMATCH', '玛纳斯县'],
    ]);
    expect(warnings[0]?.message).toContain('玛纳斯县');
    expect(warnings[0]?.message).toContain('1217');
    expect(warnings[0]?.message).toContain('1271');
    expect(warnings[0]?.message).toContain('相差 -54 万元');

    const { summary, stored } = await importAndReadWarnings(text);
    expect(summary.outcome).toBe('created');
    expect(stored.map((w) => [w.code, w.region])).toEqual([['SHEET_TOTAL_MISMATCH', '玛纳斯县']]);
  });

  it('(c) a county row removed → ALLOCATION_SUM_MISMATCH on the prefecture, per column', async () => {
    const text = broken(['玛纳斯县\t1271\t855\t416\n', '']);
    const warnings = warningsOf(text);
    const sums = warnings.filter((w) => w.code === 'ALLOCATION_SUM_MISMATCH');
    expect(sums.map((w) => w.regionKey)).toEqual([
      '昌吉回族自治州',
      '昌吉回族自治州',
      '昌吉回族自治州',
    ]);
    // 11438 − 10167 = 1271; 7828 − 6973 = 855; 3610 − 3194 = 416.
    expect(sums[0]?.message).toContain('全年合计 11438');
    expect(sums[0]?.message).toContain('10167');
    expect(sums[0]?.message).toContain('相差 1271 万元');
    expect(sums[1]?.message).toContain('年初提前下达 7828');
    expect(sums[1]?.message).toContain('6973');
    expect(sums[1]?.message).toContain('相差 855 万元');
    expect(sums[2]?.message).toContain('此次下达 3610');
    expect(sums[2]?.message).toContain('3194');
    expect(sums[2]?.message).toContain('相差 416 万元');
    for (const w of sums) expect(w.message).toContain('6 个地区');
    // 玛纳斯县 still has a target sheet, now without an allocation.
    expect(warnings.filter((w) => w.code !== 'ALLOCATION_SUM_MISMATCH')).toEqual([
      expect.objectContaining({ code: 'SHEET_WITHOUT_ALLOCATION', regionKey: '玛纳斯县' }),
    ]);

    const { summary, stored } = await importAndReadWarnings(text);
    expect(summary.outcome).toBe('created');
    expect(summary.allocations).toHaveLength(7);
    expect(stored.map((w) => [w.code, w.region])).toEqual([
      ['ALLOCATION_SUM_MISMATCH', '昌吉回族自治州'],
      ['ALLOCATION_SUM_MISMATCH', '昌吉回族自治州'],
      ['ALLOCATION_SUM_MISMATCH', '昌吉回族自治州'],
      ['SHEET_WITHOUT_ALLOCATION', '玛纳斯县'],
    ]);
  });

  it('(d) central + local ≠ total → SHEET_SPLIT_MISMATCH', async () => {
    // 奇台县's sheet: total 2295, central 2259, no local funds: 2259 − 2295 = −36.
    const text = broken(['\t其中：中央财政补助\t\t2295\t', '\t其中：中央财政补助\t\t2259\t']);
    const warnings = warningsOf(text);
    expect(warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['SHEET_SPLIT_MISMATCH', '奇台县'],
    ]);
    expect(warnings[0]?.message).toContain('2259');
    expect(warnings[0]?.message).toContain('2295');
    expect(warnings[0]?.message).toContain('相差 -36 万元');

    const { summary, stored } = await importAndReadWarnings(text);
    expect(summary.outcome).toBe('created');
    expect(stored.map((w) => [w.code, w.region])).toEqual([['SHEET_SPLIT_MISMATCH', '奇台县']]);
  });

  it('(d′) local funds that push central + local over the total → SHEET_SPLIT_MISMATCH', () => {
    // 奇台县 writes 地方资金 100 beside central 2295 = total 2295: 2395 − 2295 = 100.
    const text = broken([
      '\t其中：中央财政补助\t\t2295\t\n\t地方资金\t\t\t',
      '\t其中：中央财政补助\t\t2295\t\n\t地方资金\t\t100\t',
    ]);
    const warnings = warningsOf(text);
    expect(warnings.map((w) => [w.code, w.regionKey])).toEqual([
      ['SHEET_SPLIT_MISMATCH', '奇台县'],
    ]);
    expect(warnings[0]?.message).toContain('地方资金 100');
    expect(warnings[0]?.message).toContain('2395');
    expect(warnings[0]?.message).toContain('相差 100 万元');
    expect(parseNotice(text).targetSheets.find((s) => s.regionKey === '奇台县')?.localFunds).toBe(
      100_000_000,
    );
  });

  it('a sheet of another year → SHEET_YEAR_MISMATCH', () => {
    const text = broken(['(2022年呼图壁县)', '(2021年呼图壁县)']);
    expect(warningsOf(text).map((w) => [w.code, w.regionKey])).toEqual([
      ['SHEET_YEAR_MISMATCH', '呼图壁县'],
    ]);
  });

  it('an unreadable numeric target → TARGET_UNPARSED, stored as qualitative', () => {
    const text = broken([
      '救助对象对社会救助实施的满意度\t≥ 88%',
      '救助对象对社会救助实施的满意度\t≥八十八%',
    ]);
    const notice = parseNotice(text);
    expect(
      notice.warnings.filter((w) => w.severity === 'warning').map((w) => [w.code, w.regionKey]),
    ).toEqual([['TARGET_UNPARSED', '奇台县']]);
    const ind = notice.targetSheets
      .find((s) => s.regionKey === '奇台县')
      ?.indicators.find((i) => i.name === '救助对象对社会救助实施的满意度');
    expect(ind?.target).toMatchObject({ kind: 'QUALITATIVE', text: '≥八十八%', recognised: false });
    // The level still comes from the other sheets.
    expect([ind?.level1, ind?.level2]).toEqual(['SATISFACTION', 'SERVICE_SATISFACTION']);
  });
});
