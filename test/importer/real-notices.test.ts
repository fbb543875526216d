/**
 * Notices as finance bureaus published them (test/fixtures/real-notices/, copied from the
 * shared folder with their README). The expected values are the hand-read ones in each
 * `*.expected.json`, written by someone reading the text, not by this code: number, title, year,
 * batch, date, upstream number, unit, every allocation in 万元 to the fen, the sheets. Where a
 * text holds no allocation table the import is refused with a message saying why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fenToWanString, type Fen } from '../../server/domain/money.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import { NoticeFormatError, type ParsedNotice } from '../../server/importer/types.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/real-notices');

interface Expected {
  number: string | null;
  title: string | null;
  year: number;
  batch: number | null;
  issuedOn: string | null;
  upstreamNumber: string | null;
  unit: string | null;
  issuingRegion: string;
  allocations: Record<string, [number | null, number | null, number | null]>;
  sheets: unknown[];
  expected_outcome?: string;
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function expectedOf(file: string): Expected {
  return JSON.parse(
    readFileSync(resolve(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
  ) as Expected;
}

const wan = (fen: Fen | null) => (fen === null ? null : Number(fenToWanString(fen)));

/** `[annualTotal, earlyAdvance, thisBatch]` in 万元 as the expected files write them. */
function figures(
  notice: ParsedNotice,
): Record<string, [number | null, number | null, number | null]> {
  const roles = new Set(notice.allocationTable.columns.map((c) => c.role));
  const name = (key: string) => notice.regions.find((r) => r.key === key)?.name ?? key;
  return Object.fromEntries(
    notice.allocations.map((a) => {
      // A 合计 row is the issuing region's: the expected files key it `合计(益阳市)`.
      const key =
        a.isSubtotal && a.writtenName !== name(a.regionKey)
          ? `合计(${name(a.regionKey)})`
          : a.writtenName;
      return [
        key,
        [
          roles.has('annualTotal') ? wan(a.annualTotal) : null,
          roles.has('earlyAdvance') ? wan(a.earlyAdvance) : null,
          roles.has('thisBatch') ? wan(a.thisBatch) : null,
        ],
      ];
    }),
  );
}

describe('real notices as published', () => {
  it('has the six files of the shared folder', () => {
    expect(files).toHaveLength(6);
  });

  for (const file of files.filter((f) => !expectedOf(f).expected_outcome)) {
    const expected = expectedOf(file);
    const notice = parseNotice(readFileSync(resolve(dir, file), 'utf8'));
    it(`${file}: document particulars`, () => {
      expect({
        number: notice.header.number,
        title: notice.header.title,
        year: notice.header.year,
        batch: notice.header.batch,
        issuedOn: notice.header.issuedOn,
        upstreamNumber: notice.header.upstreamNumber,
      }).toEqual({
        number: expected.number,
        title: expected.title,
        year: expected.year,
        batch: expected.batch,
        issuedOn: expected.issuedOn,
        upstreamNumber: expected.upstreamNumber,
      });
    });
    it(`${file}: unit and every allocation in 万元`, () => {
      expect(notice.allocationTable.unit).toBe(expected.unit);
      expect(notice.allocationTable.unitStated).toBe(true);
      // 合计 of the 财政部 notice is keyed without the region (中央).
      const got = figures(notice);
      const want = Object.fromEntries(
        Object.entries(expected.allocations).map(([k, v]) => [k === '合计' ? '合计(中央)' : k, v]),
      );
      expect(got).toEqual(want);
      expect(notice.targetSheets).toHaveLength(expected.sheets.length);
    });
    it(`${file}: a missing number is never guessed, and the one given is used`, () => {
      if (expected.number !== null) {
        expect(notice.warnings.map((w) => w.code)).not.toContain('NUMBER_MISSING');
        return;
      }
      expect(notice.warnings.find((w) => w.code === 'NUMBER_MISSING')?.message).toMatch(
        /no document number; give it with --number or on the review page/,
      );
      const given = parseNotice(readFileSync(resolve(dir, file), 'utf8'), {
        number: '测财社[2017]1号',
      });
      expect(given.header.number).toBe('测财社〔2017〕1号');
      expect(given.warnings.map((w) => w.code)).not.toContain('NUMBER_MISSING');
    });
  }

  it('01 益阳: one cell per line; 大通湖区 (a 管理区) is a recipient under 益阳市', () => {
    const notice = parseNotice(readFileSync(resolve(dir, '01-yiyang-2017-disaster.txt'), 'utf8'));
    expect(notice.regions.find((r) => r.name === '大通湖区')?.parentKey).toBe('益阳市');
    expect(notice.allocationTable.columns).toEqual([
      { index: 1, header: '补助资金(万元)', role: 'thisBatch' },
    ]);
  });

  it('03 广元: 小计 is the allocation, its two sub-columns are named parts that add up to it', () => {
    const notice = parseNotice(
      readFileSync(resolve(dir, '03-guangyuan-2015-minzheng.txt'), 'utf8'),
    );
    const 昭化区 = notice.allocations.find((a) => a.writtenName === '昭化区');
    expect(昭化区?.extras.map((e) => [e.name, e.kind, wan(e.amount)])).toEqual([
      ['襄渝铁路伤残民兵民工生活救济和体检费', 'extra', 3.72],
      ['精减退职补助资金', 'extra', 9],
    ]);
    // 13 = 0 + 13, 12.72 = 3.72 + 9 …: nothing to report; the issuer is only in the address line.
    expect(notice.warnings.map((w) => w.code).sort()).toEqual([
      'ISSUER_FROM_ADDRESS',
      'NO_TARGET_SHEETS',
    ]);
    expect(notice.regions.find((r) => r.name === '经开区')?.recipientKind).toBe('zone');
  });

  it('06 财政部: 亿元 converted exactly, memo columns kept by name, the cut-off row reported', () => {
    const notice = parseNotice(
      readFileSync(resolve(dir, '06-mof-2020-resource-cities.txt'), 'utf8'),
    );
    expect(notice.allocationTable.columns.map((c) => [c.header, c.role])).toEqual([
      ['总额', 'annualTotal'],
      ['提前下达', 'earlyAdvance'],
      ['此次下达', 'thisBatch'],
      ['附:考核奖惩', 'memo'],
      ['附:矿业权退出阶段性补助', 'memo'],
    ]);
    const row = (n: string) => notice.allocations.find((a) => a.writtenName === n);
    expect(row('山西省')?.extras.map((e) => [e.name, wan(e.amount)])).toEqual([['考核奖惩', -600]]);
    expect(row('合计')?.extras.map((e) => [e.name, wan(e.amount)])).toEqual([
      ['矿业权退出阶段性补助', 305100],
    ]);
    expect(row('贵州省')).toBeUndefined();
    expect(notice.warnings.find((w) => w.code === 'ALLOCATION_ROW_CUT')?.message).toMatch(
      /贵州省3.49 2.18 1.3/,
    );
    expect(notice.header.policyReferences.map((p) => p.number)).toContain('财预〔2019〕97号');
    expect(notice.regions[0]).toMatchObject({ name: '中央', level: 'country' });
  });

  it('08 韶关: the whole notice on one line; 元 with separators; the cut 浈江区 row is reported', () => {
    const notice = parseNotice(readFileSync(resolve(dir, '08-shaoguan-2022-youfu.txt'), 'utf8'));
    expect(notice.header.issuerRegion).toBe('韶关市');
    expect(notice.warnings.find((w) => w.code === 'ALLOCATION_ROW_SKIPPED')?.message).toMatch(
      /浈江区/,
    );
  });

  it('10 陈仓: refused, saying the text holds a target sheet but no allocation table', () => {
    const text = readFileSync(resolve(dir, '10-chencang-2023-disability-sheet.txt'), 'utf8');
    expect(() => parseNotice(text)).toThrow(NoticeFormatError);
    expect(() => parseNotice(text)).toThrow(/target sheet.*no table of regions and amounts/);
  });

  it('12 四川: refused, saying the tables are separate attachments', () => {
    const text = readFileSync(resolve(dir, '12-sichuan-2025-hardship.txt'), 'utf8');
    expect(() => parseNotice(text)).toThrow(/tables are separate files/);
  });
});

describe('corrections on a published notice', () => {
  it('03 广元: the issuing region given by the reviewer replaces the one taken from the address line', () => {
    const text = readFileSync(resolve(dir, '03-guangyuan-2015-minzheng.txt'), 'utf8');
    const corrected = parseNotice(text, { issuingRegion: '广元市' });
    expect(corrected.header.issuerRegion).toBe('广元市');
    expect(corrected.warnings.map((w) => w.code)).not.toContain('ISSUER_FROM_ADDRESS');
    expect(corrected.allocations.find((a) => a.isSubtotal)?.regionKey).toBe('广元市');
  });
  it('a number given that is no document number is refused, naming what was expected', () => {
    const text = readFileSync(resolve(dir, '01-yiyang-2017-disaster.txt'), 'utf8');
    expect(() => parseNotice(text, { number: '第57号' })).toThrow(/not a document number such as/);
  });
});
