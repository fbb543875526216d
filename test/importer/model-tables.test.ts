/**
 * The interpreter reads tables as the Word, Excel, PDF and HTML readers give them: real cells
 * with row and column spans, a merged `其中：` over 年初提前下达 / 此次下达, level labels merged
 * down their blocks, a title written as the table's first row. The model here is built by hand
 * as such a reader would build it from the seed's 附件1 and the 昌吉州 target sheet (values read
 * from the seed notice).
 */
import { describe, expect, it } from 'vitest';
import { fenToWanString } from '../../server/domain/money.ts';
import type { DocumentCell, DocumentModel } from '../../server/importer/document-model.ts';
import { interpretNotice } from '../../server/importer/interpret-notice.ts';

const c = (text: string, rowSpan = 1, colSpan = 1): DocumentCell => ({ text, rowSpan, colSpan });
const p = (text: string) => ({ kind: 'paragraph' as const, text });

const model: DocumentModel = {
  format: 'docx',
  blocks: [
    p('昌吉回族自治州财政局'),
    p('昌州财社〔2022〕11号'),
    p('关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知'),
    p(
      '根据《关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知》（新财社〔2022〕71号）精神，现拨付。',
    ),
    p('昌吉回族自治州财政局'),
    p('2022年6月7日'),
    {
      kind: 'table',
      rows: [
        [c('2022年困难群众救助补助资金（第二批）分配表', 1, 4)],
        [c('单位：万元', 1, 4)],
        [c('单位名称', 2), c('中央全年实际下达资金合计', 2), c('其中：', 1, 2)],
        [c('年初提前下达资金'), c('此次下达资金')],
        [c('昌吉州'), c('11438'), c('7828'), c('3610')],
        [c('昌吉市'), c('1485'), c('1275'), c('210')],
        [c('阜康市'), c('831'), c('851'), c('-20')],
      ],
    },
    p('中央对地方转移支付区域绩效目标表'),
    p('(2022年昌吉州)'),
    {
      kind: 'table',
      rows: [
        [c('项目名称', 1, 2), c('困难群众救助补助资金', 1, 3)],
        [c('资金情况(万元)', 2, 2), c('下达资金总额:', 1, 2), c('11438')],
        [c('其中:中央财政补助', 1, 2), c('11438')],
        [c('绩效指标', 4), c('一级指标'), c('二级指标'), c('三级指标'), c('指标值')],
        [c('产出指标', 2), c('数量指标'), c('低保对象人数'), c('应保尽保')],
        [
          c('时效指标'),
          c('向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金'),
          c('收到补助资金后30日内'),
        ],
        [c('满意度指标'), c('服务对象满意度指标'), c('救助对象对社会救助实施的满意度'), c('≥88%')],
      ],
    },
  ],
};

describe('tables with merged cells, as the document readers give them', () => {
  const notice = interpretNotice(model);
  it('finds the allocation table by the title in its first row; reads each column under its merged header', () => {
    expect(notice.allocationTable).toEqual({
      unit: '万元',
      unitStated: true,
      columns: [
        { index: 1, header: '中央全年实际下达资金合计', role: 'annualTotal' },
        { index: 2, header: '其中:年初提前下达资金', role: 'earlyAdvance' },
        { index: 3, header: '其中:此次下达资金', role: 'thisBatch' },
      ],
    });
    expect(
      notice.allocations.map((a) => [
        a.writtenName,
        fenToWanString(a.annualTotal),
        fenToWanString(a.thisBatch),
      ]),
    ).toEqual([
      ['昌吉州', '11438', '3610'],
      ['昌吉市', '1485', '210'],
      ['阜康市', '831', '-20'],
    ]);
    expect(notice.header).toMatchObject({
      number: '昌州财社〔2022〕11号',
      issuedOn: '2022-06-07',
      batch: 2,
    });
  });
  it('reads a target sheet whose level labels are merged down their rows', () => {
    const sheet = notice.targetSheets[0];
    expect(sheet?.regionKey).toBe('昌吉回族自治州');
    expect(sheet?.fundTotal).toBe(11_438_000_000);
    expect(sheet?.indicators.map((i) => [i.name, i.level1, i.level2, i.target.kind])).toEqual([
      ['低保对象人数', 'OUTPUT', 'QUANTITY', 'QUALITATIVE'],
      [
        '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金',
        'OUTPUT',
        'TIMELINESS',
        'DEADLINE',
      ],
      ['救助对象对社会救助实施的满意度', 'SATISFACTION', 'SERVICE_SATISFACTION', 'COMPARISON'],
    ]);
  });
  it('honours a reviewer’s column role: 此次下达 read as 已下达 moves the figures and re-checks the rows', () => {
    const corrected = interpretNotice(model, {
      columnRoles: [{ column: 3, role: 'priorBatches' }],
    });
    const 阜康市 = corrected.allocations.find((a) => a.writtenName === '阜康市');
    expect([阜康市?.priorBatches, 阜康市?.thisBatch]).toEqual([-20_000_000, 0]);
    // 831 = 851 + (−20) + 0 still holds. (Only two of the seven counties are in this model, so
    // the prefecture's sums are reported both times, now under 已下达 instead of 此次下达.)
    expect(corrected.warnings.filter((w) => w.code === 'ALLOCATION_ROW_MISMATCH')).toEqual([]);
    const sums = (n: typeof notice) =>
      n.warnings
        .filter((w) => w.code === 'ALLOCATION_SUM_MISMATCH')
        .map((w) => w.message.split(' ')[0]);
    expect(sums(notice)).toEqual(['昌吉州：全年合计', '昌吉州：年初提前下达', '昌吉州：此次下达']);
    expect(sums(corrected)).toEqual(['昌吉州：全年合计', '昌吉州：年初提前下达', '昌吉州：已下达']);
    expect(corrected.allocationTable.columns[2]).toMatchObject({ index: 3, role: 'priorBatches' });
  });
});
