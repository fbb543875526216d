/**
 * Three levels (issue 12): 自治区 → three prefectures → counties, through the API. Worked by hand:
 *
 * 新财社〔2022〕71号 (2022-05-13, 第二批) allocates 昌吉州 11438 (7828 + 3610), 塔城地区 2000
 * (1200 + 800), 阿勒泰地区 1500 (1000 + 500): 14938 in all.
 * - 昌吉州 passes everything on: the seed (2022-06-07, 25 days after) and its 提前下达 notice.
 * - 塔城地区 (2022-07-01, 49 days after) passes 塔城市 900 and 乌苏市 700 down and keeps 300
 *   (地区本级): 1900 of 2000, 100 unallocated, 分配进度 0.95.
 * - 阿勒泰地区 has issued nothing: 1500 unallocated, waiting from 2022-05-13 to 2022-10-31 =
 *   18 + 30 + 31 + 31 + 30 + 31 = 171 days.
 * Counted once: 11438 (昌吉州's counties) + 1600 (塔城's counties) + 400 (塔城: 300 本级 + 100
 * 未分配) + 1500 (阿勒泰) = 14938, the 自治区 notice's total.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import type { Db } from '../../server/db/connection.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { seedNoticeText, TEST_ACTOR } from '../helpers/db.ts';
import { execute, post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { AllocationChainLevelsDocument, ExecutionDocument } from '../graphql/generated/graphql.ts';
import { chainNotice } from './chain-notices.ts';

const ADVANCE = readFileSync(
  new URL('../../samples/changji-2022-advance-notice.txt', import.meta.url),
  'utf8',
);

const REGION_NOTICE = chainNotice({
  issuer: '新疆维吾尔自治区',
  number: '新财社〔2022〕71号',
  upstreamNumber: '财社〔2022〕39号',
  year: 2022,
  batch: '第二批',
  issuedOn: '2022-05-13',
  rows: [
    ['昌吉回族自治州', 11438, 7828, 3610],
    ['塔城地区', 2000, 1200, 800],
    ['阿勒泰地区', 1500, 1000, 500],
  ],
});

const TACHENG = chainNotice({
  issuer: '塔城地区',
  totalRow: '塔城地区',
  number: '塔地财社〔2022〕20号',
  upstreamNumber: '新财社〔2022〕71号',
  year: 2022,
  batch: '第二批',
  issuedOn: '2022-07-01',
  rows: [
    ['塔城市', 900, 500, 400],
    ['乌苏市', 700, 500, 200],
    ['地区本级', 300, 200, 100],
  ],
});

async function load(db: Db, texts: string[]) {
  for (const [i, text] of texts.entries())
    await importNotice(db, { text, sourceName: `n${i}`, actor: TEST_ACTOR });
}

for (const order of ['upstream last', 'upstream first'] as const) {
  describe(`a three-level chain (${order})`, () => {
    let server: TestServer;
    beforeAll(async () => {
      const own = [ADVANCE, seedNoticeText(), TACHENG];
      server = await startTestServer((db) =>
        load(db, order === 'upstream last' ? [...own, REGION_NOTICE] : [REGION_NOTICE, ...own]),
      );
    });
    afterAll(() => server.close());

    it('counts the money once and shows each level', async () => {
      const { allocationChain: top } = await execute(server, AllocationChainLevelsDocument, {
        year: 2022,
        month: 10,
      });
      expect(top.region.name).toBe('新疆维吾尔自治区');
      expect(top.asOf).toBe('2022-10-31');
      expect(top.allocated).toBe(14938);
      expect(top.passedDown).toBe(14938);
      expect(top.received).toBeNull();
      const by = Object.fromEntries(top.children.map((c) => [c.region.name, c]));
      expect(Object.keys(by).sort()).toEqual(['塔城地区', '昌吉回族自治州', '阿勒泰地区'].sort());

      const changji = by['昌吉回族自治州'];
      expect(changji).toMatchObject({
        received: 11438,
        passedDown: 11438,
        kept: 0,
        unallocated: 0,
        allocationProgress: 1,
        allocated: 11438,
        daysToAllocate: 25,
        daysWaiting: null,
        timeliness: { limitDays: 30, days: 25, status: 'MET' },
      });
      expect(changji?.ownNotices.find((n) => n.number === '昌州财社〔2022〕11号')).toMatchObject({
        upstreamNumber: '新财社〔2022〕71号',
        amount: 3610,
        daysAfterUpstream: 25,
      });

      const tacheng = by['塔城地区'];
      expect(tacheng).toMatchObject({
        received: 2000,
        passedDown: 1600,
        kept: 300,
        unallocated: 100,
        allocationProgress: 0.95,
        allocated: 2000,
        daysToAllocate: 49,
        timeliness: { limitDays: 30, days: 49, status: 'NOT_MET' },
      });
      expect(tacheng?.warnings.filter((w) => w.code === 'LATE_ALLOCATION')).toEqual([
        { code: 'LATE_ALLOCATION', days: 49, amount: 800 },
      ]);

      const altay = by['阿勒泰地区'];
      expect(altay).toMatchObject({
        received: 1500,
        passedDown: 0,
        kept: 0,
        unallocated: 1500,
        allocationProgress: 0,
        allocated: 1500,
        daysToAllocate: null,
        daysWaiting: 171,
        timeliness: { limitDays: 30, days: 171, status: 'NOT_MET' },
      });
      expect(altay?.warnings.filter((w) => w.code === 'UNALLOCATED_OVERDUE')).toEqual([
        { code: 'UNALLOCATED_OVERDUE', days: 171, amount: 500 },
      ]);
    });

    it('goes down to the counties: what each received, counted once', async () => {
      const response = await post<
        {
          allocationChain: {
            children: {
              region: { name: string };
              children: { region: { name: string }; received: number; allocated: number }[];
            }[];
          };
        },
        Record<string, never>
      >(
        server,
        `{ allocationChain(year: 2022, month: 10) {
             children { region { name } children { region { name } received allocated } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const by = Object.fromEntries(
        (response.data?.allocationChain.children ?? []).map((c) => [c.region.name, c.children]),
      );
      expect(by['昌吉回族自治州']).toHaveLength(7);
      expect(by['昌吉回族自治州']?.reduce((s, c) => s + c.allocated, 0)).toBe(11438);
      expect(by['昌吉回族自治州']?.find((c) => c.region.name === '昌吉市')?.received).toBe(1485);
      expect(by['塔城地区']?.map((c) => [c.region.name, c.received, c.allocated])).toEqual([
        ['塔城市', 900, 900],
        ['乌苏市', 700, 700],
      ]);
      expect(by['阿勒泰地区']).toEqual([]);
    });

    it('a longer limit turns the late prefecture on time', async () => {
      const { allocationChain: top } = await execute(server, AllocationChainLevelsDocument, {
        year: 2022,
        month: 10,
        limitDays: 60,
      });
      const tacheng = top.children.find((c) => c.region.name === '塔城地区');
      expect(tacheng?.timeliness).toEqual({ limitDays: 60, days: 49, status: 'MET' });
    });

    it('keeps one 昌吉回族自治州, under the 自治区, and its execution answers', async () => {
      const count = await allRows<{ n: number }>(
        server.db,
        sql`select count(*) as n from regions where name = '昌吉回族自治州'`,
      );
      expect(count).toEqual([{ n: 1 }]);
      const { execution } = await execute(server, ExecutionDocument, {
        year: 2022,
        month: 10,
        region: '昌吉回族自治州',
      });
      expect(execution?.allocated).toBe(11438);
      expect(execution?.children.map((c) => c.allocated).reduce((a, b) => a + b, 0)).toBe(11438);
    });
  });
}
