/**
 * Notices made for these tests (test/fixtures/notices/layouts/), one or more per layout class
 * of the text reader, the table structure, the header and the target sheets. Each is as untidy
 * as the published ones; every expected value below was worked out by hand from the fixture
 * (sums added on paper; 亿元 × 10,000 and 元 ÷ 10,000 for 万元).
 *
 * - kashgar-2023-cell-per-line: one cell per line; the table title wrapped over two lines;
 *   `其中：` over 提前下达 / 此次下达; a red head of three co-issuers (残联) on one line ending in
 *   文件; the number in 【】; the notice title wrapped; a date written 二O二三 (letter O);
 *   地区本级 (the issuer's own use).
 * - hami-2024-aligned-columns: columns aligned by runs of spaces (`pdftotext -layout`), an empty
 *   已下达 cell, amounts in 元 with separators, the title before the number, the number in
 *   brackets with its date, the issuer only in the signature, a cited 办法 before the upstream.
 * - xinjiang-2022-bars-multilevel: `|` rows without the leading bar and with a bare `|` for
 *   empty cells, a title ending in 情况表 followed by a stray `|`, a red head laid out as a tab
 *   table, the date above the title, the number only in the body (`现以…文下达`), a multi-level
 *   table (合计, `X地区小计`, 地区本级, counties), 小计 with parts 一般公共预算 / 彩票公益金 and a
 *   memo column `附：上年结余`.
 * - altay-2021-one-line-departments: a whole table on one line; recipients that are departments,
 *   townships and a 开发区 under the issuing county; no unit stated; no number of its own; an
 *   upstream number missing its opening bracket; the issuer in the title.
 * - tacheng-2023-pairs-and-sheet: three name/amount pairs side by side; a target sheet whose
 *   region is in its title and whose subtitle `（2023年度）` is a year; level-1 labels 项目完成指标 /
 *   项目效益指标; 满意度指标 as the level-2 label; targets 12月底到位, 2023年1月-12月, =提高.
 * - hebei-2024-province-levels: a province's table with `X市小计`, then `X市` (what the city
 *   keeps), `其中：市本级` (a detail of the row above), then its districts.
 * - hotan-2022-glued-names-yi: one space between cells, names glued to their first figure, an
 *   empty cell at the end of a row, 亿元, the number in the title line, a date written 二零二二.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fenToWanString, type Fen } from '../../server/domain/money.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/notices/layouts');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
const wan = (fen: Fen | null) => (fen === null ? null : fenToWanString(fen));

/** Each row as [name, region, 全年, 提前, 已下达, 此次, flags] in 万元. */
function rows(notice: ParsedNotice) {
  return notice.allocations.map((a) => [
    a.writtenName,
    a.regionKey,
    wan(a.annualTotal),
    wan(a.earlyAdvance),
    wan(a.priorBatches),
    wan(a.thisBatch),
    `${a.isSubtotal ? 'subtotal' : ''}${a.isOwnUse ? 'own use' : ''}`,
  ]);
}

function header(notice: ParsedNotice) {
  const h = notice.header;
  return {
    number: h.number,
    title: h.title,
    issuerRegion: h.issuerRegion,
    issuedOn: h.issuedOn,
    year: h.year,
    batch: h.batch,
    upstreamNumber: h.upstreamNumber,
  };
}

const codes = (notice: ParsedNotice) => notice.warnings.map((w) => w.code);

describe('one cell per line (喀什)', () => {
  const notice = parseNotice(read('kashgar-2023-cell-per-line.txt'));
  it('reads the head: red head of three co-issuers, number in 【】, wrapped title, 二O二三', () => {
    expect(header(notice)).toEqual({
      number: '喀地财社〔2023〕19号',
      title: '关于下达2023年中央财政困难群众救助补助资金（第二批）的通知',
      issuerRegion: '喀什地区',
      issuedOn: '2023-04-10',
      year: 2023,
      batch: 2,
      upstreamNumber: '新财社〔2023〕52号',
    });
    expect(notice.header.issuers).toEqual([
      '喀什地区财政局',
      '喀什地区民政局',
      '喀什地区残疾人联合会',
    ]);
  });
  it('rebuilds the grid from the header’s columns and the row names; 地区本级 is own use', () => {
    expect(notice.allocationTable.columns.map((c) => [c.index, c.role])).toEqual([
      [1, 'annualTotal'],
      [2, 'earlyAdvance'],
      [3, 'thisBatch'],
    ]);
    expect(rows(notice)).toEqual([
      ['喀什地区', '喀什地区', '3456.7', '2400', null, '1056.7', 'subtotal'],
      ['地区本级', '喀什地区', '56.7', '40', null, '16.7', 'own use'],
      ['喀什市', '喀什市', '1200', '800', null, '400', ''],
      ['疏附县', '疏附县', '980.5', '700', null, '280.5', ''],
      ['疏勒县', '疏勒县', '1219.5', '860', null, '359.5', ''],
    ]);
    // 56.70 + 1,200 + 980.50 + 1,219.50 = 3,456.70 and so on: the table reconciles.
    expect(codes(notice)).toEqual(['NO_TARGET_SHEETS']);
  });
});

describe('columns aligned by spaces (哈密)', () => {
  const notice = parseNotice(read('hami-2024-aligned-columns.txt'));
  it('reads the number beside its date, the title above it, the issuer from the signature', () => {
    expect(header(notice)).toEqual({
      number: '哈地财建〔2024〕12号',
      title: '关于下达2024年自然灾害救灾资金的通知',
      issuerRegion: '哈密市',
      issuedOn: '2024-05-20',
      year: 2024,
      batch: null,
      upstreamNumber: '新财建〔2024〕101号',
    });
    expect(notice.header.policyReferences.map((p) => p.number)).toContain('财建〔2020〕245号');
  });
  it('places each figure under its column (an empty 已下达 stays empty); 元 converted exactly', () => {
    expect(notice.allocationTable).toMatchObject({ unit: '元', unitStated: true });
    expect(notice.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'priorBatches',
      'thisBatch',
    ]);
    expect(rows(notice)).toEqual([
      ['伊州区', '伊州区', '125', null, '80', '45', ''],
      ['巴里坤哈萨克自治县', '巴里坤哈萨克自治县', '90.63005', null, null, '90.63005', ''],
      ['伊吾县', '伊吾县', '54.321', null, '30', '24.321', ''],
      ['合计', '哈密市', '269.95105', null, '110', '159.95105', 'subtotal'],
    ]);
    expect(codes(notice)).toEqual(['NO_TARGET_SHEETS']);
  });
});

describe('`|` rows, a multi-level table with parts and a memo (新疆)', () => {
  const notice = parseNotice(read('xinjiang-2022-bars-multilevel.txt'));
  it('reads the number from the body, the date above the title, the red head table', () => {
    expect(header(notice)).toEqual({
      number: '新财社〔2022〕88号',
      title: '关于下达2022年困难群众救助补助资金的通知',
      issuerRegion: '新疆维吾尔自治区',
      issuedOn: '2022-07-01',
      year: 2022,
      batch: null,
      upstreamNumber: '财社〔2022〕40号',
    });
  });
  it('builds the tree: 合计 → X地区小计 → 地区本级 (own use) and counties, each amount once', () => {
    expect(rows(notice)).toEqual([
      ['合计', '新疆维吾尔自治区', '1000', null, null, '1000', 'subtotal'],
      ['阿克苏地区小计', '阿克苏地区', '600', null, null, '600', 'subtotal'],
      ['地区本级', '阿克苏地区', '50', null, null, '50', 'own use'],
      ['阿克苏市', '阿克苏市', '300', null, null, '300', ''],
      ['库车市', '库车市', '250', null, null, '250', ''],
      ['喀什地区小计', '喀什地区', '400', null, null, '400', 'subtotal'],
      ['喀什市', '喀什市', '220', null, null, '220', ''],
      ['疏附县', '疏附县', '180', null, null, '180', ''],
    ]);
    const parent = (name: string) => notice.regions.find((r) => r.name === name)?.parentKey;
    expect([parent('阿克苏地区'), parent('阿克苏市'), parent('疏附县')]).toEqual([
      '新疆维吾尔自治区',
      '阿克苏地区',
      '喀什地区',
    ]);
    expect(notice.regions.find((r) => r.name === '阿克苏地区')?.level).toBe('prefecture');
  });
  it('keeps the parts and the memo by name; 小计 = 一般公共预算 + 彩票公益金 holds on every row', () => {
    expect(notice.allocationTable.columns.map((c) => [c.header, c.role])).toEqual([
      ['小计', 'thisBatch'],
      ['一般公共预算', 'extra'],
      ['彩票公益金', 'extra'],
      ['附:上年结余', 'memo'],
    ]);
    const 阿克苏市 = notice.allocations.find((a) => a.writtenName === '阿克苏市');
    expect(阿克苏市?.extras.map((e) => [e.name, e.kind, wan(e.amount)])).toEqual([
      ['一般公共预算', 'extra', '230'],
      ['彩票公益金', 'extra', '70'],
      ['上年结余', 'memo', '12'],
    ]);
    expect(codes(notice)).toEqual(['NO_TARGET_SHEETS']);
  });
  it('a reviewer making the memo a part: the reconciliation is recomputed at once', () => {
    const corrected = parseNotice(read('xinjiang-2022-bars-multilevel.txt'), {
      columnRoles: [{ column: 4, role: 'extra' }],
    });
    // 合计: 800 + 200 + 35 = 1,035 ≠ 1,000; 地区本级 has no 结余, so 50 = 50 still holds.
    const parts = corrected.warnings.filter((w) => w.code === 'ALLOCATION_PARTS_MISMATCH');
    expect(parts.map((w) => w.message.split('（')[0])).toEqual([
      '合计',
      '阿克苏地区小计',
      '阿克苏市',
      '库车市',
      '喀什地区小计',
      '喀什市',
      '疏附县',
    ]);
    expect(parts[0]?.message).toMatch(/相差 -35 万元/);
  });
});

describe('a whole table on one line; departments, townships and a zone (布尔津)', () => {
  const notice = parseNotice(read('altay-2021-one-line-departments.txt'));
  it('shows no number of its own: none is invented; the missing opening bracket is repaired', () => {
    expect(header(notice)).toEqual({
      number: null,
      title: '布尔津县财政局关于下达2021年残疾人事业发展补助资金的通知',
      issuerRegion: '布尔津县',
      issuedOn: '2021-09-03',
      year: 2021,
      batch: null,
      upstreamNumber: '阿地财社〔2021〕45号',
    });
    expect(codes(notice)).toContain('NUMBER_MISSING');
  });
  it('reads the row names and figures of the one line; recipients sit under the county', () => {
    expect(rows(notice).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['县残联', '12.5', ''],
      ['县卫健局', '8.25', ''],
      ['窝依莫克镇', '3.1', ''],
      ['杜来提乡', '2.15', ''],
      ['布尔津县经济技术开发区', '1', ''],
      ['合计', '27', 'subtotal'],
    ]);
    const kind = (name: string) => notice.regions.find((r) => r.name === name);
    expect(
      ['县残联', '县卫健局', '窝依莫克镇', '杜来提乡', '布尔津县经济技术开发区'].map((n) => [
        kind(n)?.recipientKind,
        kind(n)?.parentKey,
      ]),
    ).toEqual([
      ['department', '布尔津县'],
      ['department', '布尔津县'],
      ['township', '布尔津县'],
      ['township', '布尔津县'],
      ['zone', '布尔津县'],
    ]);
  });
  it('asks for the unit when none is stated; a unit given by the reviewer is used exactly', () => {
    expect(notice.allocationTable).toMatchObject({ unit: '万元', unitStated: false });
    expect(notice.warnings.find((w) => w.code === 'UNIT_ASSUMED')?.message).toMatch(/请确认单位/);
    const inYuan = parseNotice(read('altay-2021-one-line-departments.txt'), { unit: '元' });
    expect(inYuan.allocationTable).toMatchObject({ unit: '元', unitStated: true });
    // 12.5 元 = 0.00125 万元; 27 元 = 0.0027 万元.
    expect(inYuan.allocations.map((a) => wan(a.thisBatch))).toEqual([
      '0.00125',
      '0.000825',
      '0.00031',
      '0.000215',
      '0.0001',
      '0.0027',
    ]);
    expect(inYuan.warnings.map((w) => w.code)).not.toContain('UNIT_ASSUMED');
  });
});

describe('three name/amount pairs side by side, and a target sheet (塔城)', () => {
  const notice = parseNotice(read('tacheng-2023-pairs-and-sheet.txt'));
  it('unstacks the pairs: six counties and the 合计, counted once', () => {
    expect(
      rows(notice)
        .map((r) => [r[0], r[5]])
        .sort(),
    ).toEqual(
      [
        ['塔城市', '120'],
        ['乌苏市', '88'],
        ['合计', '455.5'],
        ['额敏县', '95.5'],
        ['裕民县', '40'],
        ['托里县', '60.25'],
        ['和布克赛尔蒙古自治县', '51.75'],
      ].sort(),
    );
    expect(codes(notice)).not.toContain('ALLOCATION_SUM_MISMATCH');
  });
  it('takes the sheet’s region from its title, the year from the subtitle （2023年度）', () => {
    expect(notice.targetSheets.map((s) => [s.writtenRegion, s.regionKey, s.year])).toEqual([
      ['塔城市', '塔城市', 2023],
    ]);
    const sheet = notice.targetSheets[0];
    expect([wan(sheet?.fundTotal ?? null), wan(sheet?.centralFunds ?? null)]).toEqual([
      '120',
      '120',
    ]);
    expect(sheet?.goals).toHaveLength(2);
  });
  it('maps 项目完成指标/项目效益指标 and 满意度指标 as level 2; reads the deadline, period and relative targets', () => {
    expect(
      notice.targetSheets[0]?.indicators.map((i) => [
        i.name,
        i.level1,
        i.level2,
        i.target.kind,
        i.target.op,
        i.target.value,
        i.target.unit,
        i.target.reference,
      ]),
    ).toEqual([
      ['资助参保人数', 'OUTPUT', 'QUANTITY', 'COMPARISON', 'GTE', 3000, '人', null],
      ['资金拨付时间', 'OUTPUT', 'TIMELINESS', 'DEADLINE', 'LTE', null, 'date', '2023-12-31'],
      ['救助政策执行期间', 'OUTPUT', 'QUALITY', 'DEADLINE', 'LTE', null, 'date', '2023-12-31'],
      ['困难群众医疗负担', 'EFFECT', 'SOCIAL', 'RELATIVE_TO_PREVIOUS_YEAR', 'GT', null, null, null],
      [
        '救助对象满意度',
        'SATISFACTION',
        'SERVICE_SATISFACTION',
        'COMPARISON',
        'GTE',
        90,
        '%',
        null,
      ],
    ]);
  });
});

describe('one space between cells, names glued to figures, 亿元 (和田)', () => {
  const notice = parseNotice(read('hotan-2022-glued-names-yi.txt'));
  it('reads the number carried by the title line and a date written 二零二二', () => {
    expect(header(notice)).toEqual({
      number: '和地财建〔2022〕7号',
      title: '和田地区财政局关于下达2022年重点生态保护修复治理资金的通知',
      issuerRegion: '和田地区',
      issuedOn: '2022-05-06',
      year: 2022,
      batch: null,
      upstreamNumber: '新财建〔2022〕30号',
    });
  });
  it('splits 和田市1.2345 into name and figure and converts 亿元 to 万元 exactly', () => {
    expect(notice.allocationTable.unit).toBe('亿元');
    expect(rows(notice)).toEqual([
      ['和田市', '和田市', '12345', '10000', null, '2345', ''],
      ['和田县', '和田县', '8000', '5000', null, '3000', ''],
      ['墨玉县', '墨玉县', '655', '655', null, '0', ''],
      ['合计', '和田地区', '21000', '15655', null, '5345', 'subtotal'],
    ]);
    expect(codes(notice)).toEqual(['NO_TARGET_SHEETS']);
  });
});

describe('a province over its cities and districts (河北)', () => {
  const notice = parseNotice(read('hebei-2024-province-levels.txt'));
  it('builds the tree from 小计 rows; X市 under its 小计 is what the city keeps; 其中 details the row above', () => {
    expect(rows(notice).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['全省合计', '河北省', '900', 'subtotal'],
      ['石家庄市小计', '石家庄市', '500', 'subtotal'],
      ['石家庄市', '石家庄市', '120', 'own use'],
      ['长安区', '长安区', '180', ''],
      ['桥西区', '桥西区', '200', ''],
      ['唐山市小计', '唐山市', '400', 'subtotal'],
      ['唐山市', '唐山市', '400', 'own use'],
    ]);
    const 石家庄市 = notice.allocations.find((a) => a.writtenName === '石家庄市');
    expect(石家庄市?.extras.map((e) => [e.name, e.kind, wan(e.amount)])).toEqual([
      ['市本级', 'memo', '80'],
    ]);
    const parent = (name: string) => notice.regions.find((r) => r.name === name)?.parentKey;
    expect([parent('石家庄市'), parent('长安区'), parent('唐山市')]).toEqual([
      '河北省',
      '石家庄市',
      '河北省',
    ]);
    // 500 = 120 + 180 + 200, 400 = 400, 900 = 500 + 400: each amount counted once.
    expect(codes(notice)).toEqual(['NO_TARGET_SHEETS']);
  });
});

describe('parts with no sum beside them (常规分配 | 定向分配)', () => {
  // A table of my own: 昌吉市 30 + 12.5 = 42.5, 阜康市 20 + 0 = 20, 合计 50 + 12.5 = 62.5.
  const text = [
    '昌吉回族自治州财政局',
    '昌州财社〔2024〕2号',
    '关于下达2024年临时救助资金的通知',
    '根据《关于下达2024年临时救助资金的通知》（新财社〔2024〕5号），现下达。',
    '2024年临时救助资金分配表',
    '单位：万元',
    '地区\t常规分配\t定向分配',
    '昌吉市\t30\t12.5',
    '阜康市\t20\t',
    '合计\t50\t12.5',
  ].join('\n');
  it('keeps both parts by name and takes their sum as this batch, saying so', () => {
    const notice = parseNotice(text);
    expect(notice.allocationTable.columns.map((c) => [c.header, c.role])).toEqual([
      ['常规分配', 'extra'],
      ['定向分配', 'extra'],
    ]);
    expect(rows(notice).map((r) => [r[0], r[5]])).toEqual([
      ['昌吉市', '42.5'],
      ['阜康市', '20'],
      ['合计', '62.5'],
    ]);
    expect(codes(notice)).toEqual(['ALLOCATION_SUM_OF_PARTS', 'NO_TARGET_SHEETS']);
  });
  it('refuses a column role that does not exist, naming the roles', () => {
    expect(() => parseNotice(text, { columnRoles: [{ column: 1, role: 'total' }] })).toThrow(
      /role "total" is not one of annualTotal, earlyAdvance, priorBatches, thisBatch, extra, memo/,
    );
  });
});

describe('a forwarding notice: its title cites another notice in 《》', () => {
  const text = [
    '昌吉回族自治州财政局',
    '昌州财社〔2024〕8号',
    '关于转发《关于下达2024年中央财政困难群众救助补助资金的通知》的通知',
    '各县（市）财政局：',
    '根据《关于下达2024年中央财政困难群众救助补助资金的通知》（新财社〔2024〕12号），现转发并下达。',
    '昌吉回族自治州财政局',
    '2024年4月2日',
    '2024年困难群众救助补助资金分配表',
    '单位：万元',
    '地区\t金额',
    '昌吉市\t100',
    '合计\t100',
  ].join('\n');
  it('takes the forwarding title, and the cited number as the upstream one', () => {
    const notice = parseNotice(text);
    expect(header(notice)).toEqual({
      number: '昌州财社〔2024〕8号',
      title: '关于转发《关于下达2024年中央财政困难群众救助补助资金的通知》的通知',
      issuerRegion: '昌吉回族自治州',
      issuedOn: '2024-04-02',
      year: 2024,
      batch: null,
      upstreamNumber: '新财社〔2024〕12号',
    });
  });
});

describe('the number and the title on one line', () => {
  it('reads the number before the title and the title without it', () => {
    const text = [
      '阿勒泰地区财政局',
      '阿地财社〔2024〕6号 关于下达2024年困难群众救助补助资金（第一批）的通知',
      '根据《关于下达2024年困难群众救助补助资金（第一批）的通知》（新财社〔2024〕3号），现下达。',
      '2024年5月6日',
      '2024年困难群众救助补助资金分配表',
      '单位：万元',
      '地区\t金额',
      '阿勒泰市\t88.8',
      '合计\t88.8',
    ].join('\n');
    expect(header(parseNotice(text))).toEqual({
      number: '阿地财社〔2024〕6号',
      title: '关于下达2024年困难群众救助补助资金（第一批）的通知',
      issuerRegion: '阿勒泰地区',
      issuedOn: '2024-05-06',
      year: 2024,
      batch: 1,
      upstreamNumber: '新财社〔2024〕3号',
    });
  });
});
