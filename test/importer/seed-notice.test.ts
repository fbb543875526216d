/**
 * The seed notice 昌州财社〔2022〕11号, read by hand: every expected value below was copied from
 * samples/changji-2022-batch2-notice.txt (or worked out from it on paper), not from the importer.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { compact } from '../../server/domain/text.ts';
import type { Level1, Level2 } from '../../server/domain/framework.ts';
import type { TargetKind, TargetOp } from '../../server/importer/target-value.ts';
import { parseNotice } from '../../server/importer/parse-notice.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import {
  allocations,
  documentRevisions,
  documents,
  importWarnings,
  indicators,
  regionAliases,
  regions,
  sheetIndicators,
  targetGoals,
  targetSheets,
} from '../../server/db/tables.ts';
import { seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

/** 万元 (whole) → fen. */
const wan = (n: number) => n * 1_000_000;

interface ExpectedIndicator {
  name: string;
  level1: Level1;
  level2: Level2;
  kind: TargetKind;
  op: TargetOp | null;
  value: number | null;
  unit: string | null;
  /** The target as written, compacted (the sheets space `≥ 90%` differently). */
  text: string;
  reference?: string;
}

/**
 * The 17 indicators of the seed, in sheet order, with the level the framework gives their
 * block in the sheets that label it cleanly (玛纳斯县, lines 114–130).
 */
const INDICATORS: ExpectedIndicator[] = [
  {
    name: '低保对象人数',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    kind: 'QUALITATIVE',
    op: null,
    value: null,
    unit: null,
    text: '应保尽保',
  },
  {
    name: '临时救助人次',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    kind: 'QUALITATIVE',
    op: null,
    value: null,
    unit: null,
    text: '应救尽救',
  },
  {
    name: '求助的流浪乞讨人员救助率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    kind: 'QUALITATIVE',
    op: null,
    value: null,
    unit: null,
    text: '应救尽救',
  },
  {
    name: '孤儿、艾滋病病毒感染儿童、生活困难家庭中的和纳入特困人员救助供养范围的事实无人抚养儿童纳入保障范围率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 90,
    unit: '%',
    text: '≥90%',
  },
  {
    name: '农村留守儿童、困境儿童纳入监测范围率',
    level1: 'OUTPUT',
    level2: 'QUANTITY',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 85,
    unit: '%',
    text: '≥85%',
  },
  {
    name: '城乡低保标准',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    kind: 'RELATIVE_TO_PREVIOUS_YEAR',
    op: 'GTE',
    value: null,
    unit: null,
    text: '不低于上年',
  },
  {
    name: '城乡特困人员救助供养标准',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    kind: 'RELATIVE_TO_PREVIOUS_YEAR',
    op: 'GTE',
    value: null,
    unit: null,
    text: '不低于上年',
  },
  {
    name: '临时救助水平',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    kind: 'RELATIVE_TO_PREVIOUS_YEAR',
    op: 'GTE',
    value: null,
    unit: null,
    text: '不低于上年',
  },
  {
    name: '建立社会救助家庭居民经济状况核对机制的县(市、区)比例',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 92,
    unit: '%',
    text: '≥92%',
  },
  {
    name: '孤儿、艾滋病病毒感染儿童、事实无人抚养儿童认定准确率',
    level1: 'OUTPUT',
    level2: 'QUALITY',
    kind: 'RELATIVE_TO_PREVIOUS_YEAR',
    op: 'GTE',
    value: null,
    unit: null,
    text: '不低于上年',
  },
  {
    name: '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    kind: 'DEADLINE',
    op: 'LTE',
    value: 30,
    unit: '日',
    text: '收到补助资金后30日内',
    reference: '收到补助资金',
  },
  {
    name: '困难群众基本生活救助和孤儿基本生活费按时发放率',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 90,
    unit: '%',
    text: '≥90%',
  },
  {
    name: '受助人员救助情况当日录入全国救助管理信息系统率',
    level1: 'OUTPUT',
    level2: 'TIMELINESS',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 95,
    unit: '%',
    text: '≥95%',
  },
  {
    name: '困难群众生活水平情况',
    level1: 'EFFECT',
    level2: 'SOCIAL',
    kind: 'RELATIVE_TO_PREVIOUS_YEAR',
    op: 'GT',
    value: null,
    unit: null,
    text: '有所提升',
  },
  {
    name: '帮助查明身份滞留流浪乞讨人员返乡情况',
    level1: 'EFFECT',
    level2: 'SOCIAL',
    kind: 'QUALITATIVE',
    op: null,
    value: null,
    unit: null,
    text: '及时送返',
  },
  {
    name: '为自愿前来救助站或由公安等部门护送至救助站的传销解救人员、打拐解救人员、家暴受害者等提供临时救助服务率',
    level1: 'EFFECT',
    level2: 'SOCIAL',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 95,
    unit: '%',
    text: '≥95%',
  },
  {
    name: '救助对象对社会救助实施的满意度',
    level1: 'SATISFACTION',
    level2: 'SERVICE_SATISFACTION',
    kind: 'COMPARISON',
    op: 'GTE',
    value: 88,
    unit: '%',
    text: '≥88%',
  },
];

/** 为自愿前来救助站… (index 15) is the indicator the 16-indicator sheets lack. */
const SHELTER_SERVICE = INDICATORS[15]?.name ?? '';

const REGION = '昌吉回族自治州';

/** The sheets in the order the notice prints them, with the figures their headers state. */
const SHEETS: { written: string; region: string; total: number; count: number }[] = [
  { written: '昌吉州', region: REGION, total: 11438, count: 16 },
  { written: '玛纳斯县', region: '玛纳斯县', total: 1271, count: 17 },
  { written: '呼图壁县', region: '呼图壁县', total: 1825, count: 17 },
  { written: '昌吉市', region: '昌吉市', total: 1485, count: 17 },
  { written: '阜康市', region: '阜康市', total: 831, count: 17 },
  { written: '吉木萨尔县', region: '吉木萨尔县', total: 1701, count: 17 },
  { written: '奇台县', region: '奇台县', total: 2295, count: 17 },
  { written: '木垒县', region: '木垒哈萨克自治县', total: 2030, count: 16 },
];

/** 附件1, rows as printed: name, col 2, col 3, col 4 (万元). */
const ALLOCATIONS: [string, string, number, number, number][] = [
  ['昌吉州', REGION, 11438, 7828, 3610],
  ['昌吉市', '昌吉市', 1485, 1275, 210],
  ['阜康市', '阜康市', 831, 851, -20],
  ['呼图壁县', '呼图壁县', 1825, 968, 857],
  ['玛纳斯县', '玛纳斯县', 1271, 855, 416],
  ['奇台县', '奇台县', 2295, 1478, 817],
  ['吉木萨尔县', '吉木萨尔县', 1701, 1242, 459],
  ['木垒哈萨克自治县', '木垒哈萨克自治县', 2030, 1159, 871],
];

const COUNTIES = ALLOCATIONS.slice(1).map(([, region]) => region);

const FIRST_GOAL = '规范城乡低保政策实施，合理确定保障标准，使低保对象基本生活得到有效保障。';
const LAST_GOAL =
  '引导地方提高孤儿生活保障水平，孤儿生活保障政策规范高效实施，使孤儿、艾滋病病毒感染儿童和事实无人抚养儿童生活基本得到保障。';

describe('seed notice 昌州财社〔2022〕11号: parsed', () => {
  let notice: ParsedNotice;
  beforeAll(() => {
    notice = parseNotice(seedNoticeText());
  });

  it('reads the document particulars from the prose', () => {
    const h = notice.header;
    expect(h.number).toBe('昌州财社〔2022〕11号');
    expect(h.title).toBe('关于拨付2022年中央财政困难群众救助补助资金（第二批）的通知');
    expect(h.year).toBe(2022);
    expect(h.batch).toBe(2);
    expect(h.issuedOn).toBe('2022-06-07');
    expect(h.upstreamNumber).toBe('新财社〔2022〕71号');
    expect(h.issuers).toEqual(['昌吉回族自治州财政局', '昌吉回族自治州民政局']);
    expect(h.issuerRegion).toBe(REGION);
    expect(h.fundSource).toBe('central');
    expect(h.programName).toBe('困难群众救助补助资金');
    expect(h.revenueSubject).toEqual({
      code: '1100248',
      name: '社会保障和就业共同财政事权转移支付收入',
    });
    expect(h.expenditureSubject).toEqual({ code: '208', name: '社会保障和就业支出' });
    expect(h.directFund).toEqual({ code: '01', name: '中央直达资金' });
    expect(h.spendingDirections).toEqual([
      'SUBSISTENCE_ALLOWANCE',
      'EXTREME_POVERTY_SUPPORT',
      'TEMPORARY_ASSISTANCE',
      'VAGRANT_ASSISTANCE',
      'ORPHAN_SUPPORT',
    ]);
  });

  it('reads the three policy documents the prose cites, with their numbers', () => {
    expect(notice.header.policyReferences.map((r) => r.number)).toEqual([
      '新财社〔2022〕71号',
      '新财社〔2017〕160号',
      '新财社〔2021〕156号',
    ]);
    // The third title is broken over two lines in the extraction (lines 25–27).
    expect(notice.header.policyReferences[2]?.title).toBe('关于修改困难群众救助资金管理办法的通知');
  });

  it('reads all 8 allocation rows with their three figures in fen', () => {
    expect(notice.amountUnit).toBe('万元');
    expect(
      notice.allocations.map((a) => [
        a.writtenName,
        a.regionKey,
        a.annualTotal,
        a.earlyAdvance,
        a.thisBatch,
      ]),
    ).toEqual(
      ALLOCATIONS.map(([written, region, total, early, batch]) => [
        written,
        region,
        wan(total),
        wan(early),
        wan(batch),
      ]),
    );
    expect(notice.allocations.map((a) => a.isSubtotal)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(notice.allocations.every((a) => a.priorBatches === null)).toBe(true);
    // 阜康市's batch is a clawback of 20 万元.
    expect(notice.allocations.find((a) => a.writtenName === '阜康市')?.thisBatch).toBe(-20_000_000);
  });

  it('makes the prefecture (alias 昌吉州) the parent of the 7 counties', () => {
    const prefecture = notice.regions.find((r) => r.name === REGION);
    expect(prefecture).toMatchObject({ level: 'prefecture', parentKey: null });
    expect(prefecture?.aliases).toEqual(['昌吉州']);
    const children = notice.regions.filter((r) => r.parentKey === prefecture?.key);
    expect(children.map((r) => r.name).sort()).toEqual([...COUNTIES].sort());
    expect(children.every((r) => r.level === 'county')).toBe(true);
    expect(notice.regions).toHaveLength(8);
  });

  it('resolves 木垒县 to 木垒哈萨克自治县', () => {
    const mulei = notice.regions.find((r) => r.name === '木垒哈萨克自治县');
    expect(mulei?.aliases).toContain('木垒县');
    const sheet = notice.targetSheets.find((s) => s.writtenRegion === '木垒县');
    expect(sheet?.regionKey).toBe(mulei?.key);
  });

  it('finds 8 target sheets with the stated indicator counts and fund figures', () => {
    expect(notice.targetSheets.map((s) => s.writtenRegion)).toEqual(SHEETS.map((s) => s.written));
    for (const expected of SHEETS) {
      const sheet = notice.targetSheets.find((s) => s.writtenRegion === expected.written);
      expect(sheet?.regionKey, expected.written).toBe(expected.region);
      expect(sheet?.year, expected.written).toBe(2022);
      expect(sheet?.projectName, expected.written).toBe('困难群众救助补助资金');
      expect(sheet?.indicators, expected.written).toHaveLength(expected.count);
      expect(sheet?.fundTotal, expected.written).toBe(wan(expected.total));
      expect(sheet?.centralFunds, expected.written).toBe(wan(expected.total));
      expect(sheet?.localFunds, expected.written).toBeNull();
    }
  });

  it('reads the department rows of each sheet', () => {
    for (const sheet of notice.targetSheets) {
      expect(sheet.attributes['自治区主管部门'], sheet.writtenRegion).toBe('自治区民政厅');
      expect(compact(sheet.attributes['地级财政部门'] ?? ''), sheet.writtenRegion).toBe(
        '各地(州、市)财政部门',
      );
      expect(compact(sheet.attributes['地级主管部门'] ?? ''), sheet.writtenRegion).toBe(
        '各地(州、市)民政部门',
      );
    }
  });

  it('gives every indicator of every sheet its framework levels and parsed target', () => {
    for (const expected of SHEETS) {
      const sheet = notice.targetSheets.find((s) => s.writtenRegion === expected.written);
      const names = INDICATORS.map((i) => i.name).filter(
        (n) => expected.count === 17 || n !== SHELTER_SERVICE,
      );
      // Sheet order is the same in every sheet; the 16s only skip 为自愿前来….
      expect(
        sheet?.indicators.map((i) => i.nameKey),
        expected.written,
      ).toEqual(names.map((n) => compact(n)));
      for (const ind of sheet?.indicators ?? []) {
        const want = INDICATORS.find((i) => compact(i.name) === ind.nameKey);
        const where = `${expected.written} / ${want?.name}`;
        expect(want, where).toBeDefined();
        expect(ind.name.normalize('NFKC'), where).toBe(want?.name);
        expect([ind.level1, ind.level2], where).toEqual([want?.level1, want?.level2]);
        expect(
          {
            kind: ind.target.kind,
            op: ind.target.op,
            value: ind.target.value,
            unit: ind.target.unit,
            text: compact(ind.target.text),
            recognised: ind.target.recognised,
          },
          where,
        ).toEqual({
          kind: want?.kind,
          op: want?.op,
          value: want?.value,
          unit: want?.unit,
          text: want?.text,
          recognised: true,
        });
        if (want?.reference) expect(ind.target.reference, where).toBe(want.reference);
      }
      expect(sheet?.indicators.map((i) => i.ordinal)).toEqual(names.map((_, i) => i + 1));
    }
  });

  it('keeps the labels each sheet wrote where they slipped', () => {
    const written = (region: string, name: string) => {
      const ind = notice.targetSheets
        .find((s) => s.writtenRegion === region)
        ?.indicators.find((i) => i.nameKey === compact(name));
      return [ind?.writtenLevel1, ind?.writtenLevel2];
    };
    // 呼图壁县: 困难群众生活水平情况 in the 时效 block, the satisfaction one in the social block.
    expect(written('呼图壁县', '困难群众生活水平情况')).toEqual(['OUTPUT', 'TIMELINESS']);
    expect(written('呼图壁县', '救助对象对社会救助实施的满意度')).toEqual(['EFFECT', 'SOCIAL']);
    // 吉木萨尔县: 产出指标 stands where 质量指标 belongs.
    expect(written('吉木萨尔县', '城乡低保标准')).toEqual(['OUTPUT', null]);
    // 昌吉州: 时效指标 sits on the 效益指标 row; level 2 decides.
    expect(
      written('昌吉州', '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金'),
    ).toEqual(['OUTPUT', 'TIMELINESS']);
    // 阜康市: 帮助查明… sits on the 满意度指标 row.
    expect(written('阜康市', '帮助查明身份滞留流浪乞讨人员返乡情况')).toEqual([
      'SATISFACTION',
      'SERVICE_SATISFACTION',
    ]);
    // 木垒县: 孤儿…认定准确率 under 时效指标, 受助人员… under 效益指标.
    expect(written('木垒县', '孤儿、艾滋病病毒感染儿童、事实无人抚养儿童认定准确率')).toEqual([
      'OUTPUT',
      'TIMELINESS',
    ]);
    expect(written('木垒县', '受助人员救助情况当日录入全国救助管理信息系统率')).toEqual([
      'EFFECT',
      null,
    ]);
  });

  it('splits the annual goals into 6 per sheet', () => {
    for (const sheet of notice.targetSheets) {
      expect(sheet.goals, sheet.writtenRegion).toHaveLength(6);
      expect(sheet.goals[0], sheet.writtenRegion).toBe(FIRST_GOAL);
      expect(sheet.goals[5], sheet.writtenRegion).toBe(LAST_GOAL);
      expect(sheet.goals[2], sheet.writtenRegion).toBe(
        '规范实施临时救助政策，实现及时高效、救急解难。',
      );
    }
  });

  it('raises no reconciliation warnings on the clean seed', () => {
    expect(notice.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });

  it('notes, as info, the two sheets without 为自愿前来… and nothing else absent', () => {
    const absent = notice.warnings.filter((w) => w.code === 'INDICATOR_ABSENT');
    expect(absent.map((w) => w.regionKey).sort()).toEqual([REGION, '木垒哈萨克自治县'].sort());
    for (const w of absent) {
      expect(w.severity).toBe('info');
      expect(w.message).toContain(SHELTER_SERVICE);
      expect(w.message).toContain('6/8');
    }
  });

  it('reads the feedback form’s layout', () => {
    expect(notice.feedbackForm).toEqual({
      title: '自治区财政资金使用跟踪反馈表',
      unit: '万元',
      columns: [
        '序号',
        '收到的财政专项资金名称',
        '文号',
        '资金金额',
        '实际支出金额',
        '资金支出方向',
        '未支出金额',
        '实际支出进度',
        '未按计划或预算执行要求支出的原因',
        '整改措施及整改时间',
      ],
      notes: [
        '1、地、州、市（单位）根据实际收到财政专项资金情况自行添加行（勿修改表格格式）。',
        '2、本表统计财政部门下达的一般公共预算和政府性基金支出情况，资金支出金额以国库集中支付数据为准。',
        '3、请各地、州、市（单位）于每月月末之前，将当月财政资金使用情况反馈至自治区财政厅社会保障处（中心）。',
      ],
    });
  });
});

describe('seed notice 昌州财社〔2022〕11号: stored', () => {
  it('stores the document, regions, allocations, sheets, goals and indicators', async () => {
    const db = await testDb();
    const summary = await importNotice(db, {
      text: seedNoticeText(),
      sourceName: 'changji-2022-batch2-notice.txt',
      actor: TEST_ACTOR,
    });
    expect(summary.outcome).toBe('created');
    expect(summary.document).toMatchObject({
      number: '昌州财社〔2022〕11号',
      revision: 1,
      year: 2022,
      batch: 2,
      issuedOn: '2022-06-07',
      upstreamNumber: '新财社〔2022〕71号',
      program: '困难群众救助补助资金',
    });
    expect(
      summary.allocations.map((a) => [a.region, a.annualTotal, a.earlyAdvance, a.thisBatch]),
    ).toEqual(
      ALLOCATIONS.map(([, region, total, early, batch]) => [
        region,
        String(total),
        String(early),
        String(batch),
      ]),
    );

    // 8 regions: the prefecture and its 7 counties.
    const all = await db.select().from(regions);
    expect(all).toHaveLength(8);
    const prefecture = all.find((r) => r.name === REGION);
    expect(prefecture).toMatchObject({ level: 'prefecture', parentId: null, depth: 0 });
    const counties = all.filter((r) => r.parentId === prefecture?.id);
    expect(counties.map((r) => r.name).sort()).toEqual([...COUNTIES].sort());
    for (const c of counties) {
      expect(c.level).toBe('county');
      expect(c.path).toBe(`/${prefecture?.id}/${c.id}/`);
    }
    const aliasOf = async (name: string) =>
      (
        await db
          .select({ alias: regionAliases.alias })
          .from(regionAliases)
          .innerJoin(regions, eq(regions.id, regionAliases.regionId))
          .where(eq(regions.name, name))
      ).map((r) => r.alias);
    expect(await aliasOf(REGION)).toEqual(['昌吉州']);
    expect(await aliasOf('木垒哈萨克自治县')).toEqual(['木垒县']);

    const revision = (await db.select().from(documentRevisions))[0];
    expect(revision).toMatchObject({
      revision: 1,
      issuedOn: '2022-06-07',
      batch: 2,
      revenueSubjectCode: '1100248',
      expenditureSubjectCode: '208',
      directFundCode: '01',
      directFundName: '中央直达资金',
      amountUnit: '万元',
    });
    expect(revision?.issuers).toEqual(['昌吉回族自治州财政局', '昌吉回族自治州民政局']);
    expect(revision?.spendingDirections).toHaveLength(5);
    expect(revision?.feedbackForm?.columns).toHaveLength(10);
    const doc = (await db.select().from(documents))[0];
    expect(doc?.currentRevisionId).toBe(revision?.id);

    const stored = await db
      .select({
        region: regions.name,
        total: allocations.annualTotal,
        batch: allocations.thisBatch,
      })
      .from(allocations)
      .innerJoin(regions, eq(regions.id, allocations.regionId))
      .orderBy(allocations.rowNo);
    expect(stored).toEqual(
      ALLOCATIONS.map(([, region, total, , batch]) => ({
        region,
        total: wan(total),
        batch: wan(batch),
      })),
    );

    const sheets = await db
      .select({ id: targetSheets.id, region: regions.name, written: targetSheets.writtenRegion })
      .from(targetSheets)
      .innerJoin(regions, eq(regions.id, targetSheets.regionId));
    expect(sheets.map((s) => [s.written, s.region])).toEqual(
      SHEETS.map((s) => [s.written, s.region]),
    );
    for (const s of sheets) {
      const rows = await db.select().from(sheetIndicators).where(eq(sheetIndicators.sheetId, s.id));
      expect(rows, s.written).toHaveLength(SHEETS.find((x) => x.written === s.written)?.count ?? 0);
      for (const row of rows) {
        const want = INDICATORS.find((i) => compact(i.name) === compact(row.name));
        expect([row.level1, row.level2], `${s.written} ${row.name}`).toEqual([
          want?.level1,
          want?.level2,
        ]);
      }
      const goals = await db.select().from(targetGoals).where(eq(targetGoals.sheetId, s.id));
      expect(goals.map((g) => g.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    }

    // One catalogue entry per indicator name across the sheets.
    expect(await db.select().from(indicators)).toHaveLength(17);
    expect(await tableCounts(db)).toMatchObject({
      documents: 1,
      document_revisions: 1,
      allocations: 8,
      target_sheets: 8,
      target_goals: 48,
      // 2 × 16 + 6 × 17
      sheet_indicators: 134,
    });
    const stored_warnings = await db.select().from(importWarnings);
    expect(stored_warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });
});
