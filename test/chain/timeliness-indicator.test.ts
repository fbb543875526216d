/**
 * The seed's 时效指标 `向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金：收到补助资金后30日内`
 * is evaluated from the chain for 昌吉州: the seed (2022-06-07) follows the 自治区 notice
 * 新财社〔2022〕71号. Issued 2022-05-13 that is 25 days (met); re-dated 2022-04-01 it is
 * 30 (April) + 31 (May) + 6 = 67 days (missed). Counties pass nothing on: their cells keep
 * the reported result.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import { indicatorComparison } from '../../server/services/indicators.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';

const UPSTREAM = readFileSync(
  new URL('../../samples/xinjiang-2022-batch2-notice.txt', import.meta.url),
  'utf8',
);
const INDICATOR = '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金';

async function statusOfPrefecture(upstream: string | null) {
  const db = await testDb();
  await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
  if (upstream) await importNotice(db, { text: upstream, sourceName: 'up', actor: TEST_ACTOR });
  const asOf = new Date('2022-12-31T00:00:00Z');
  const row = (await indicatorComparison(db, '昌州财社〔2022〕11号', asOf)).find(
    (r) => r.name === INDICATOR,
  );
  const [prefectureId] = await allRows<{ id: number }>(
    db,
    sql`select id from regions where name = '昌吉回族自治州'`,
  );
  return {
    prefecture: row?.cells.find((c) => c.regionId === prefectureId?.id)?.status,
    counties: new Set(
      row?.cells.filter((c) => c.regionId !== prefectureId?.id).map((c) => c.status),
    ),
  };
}

describe('the 30-day 时效指标 from the chain', () => {
  it('is met 25 days after the upstream notice', async () => {
    const { prefecture, counties } = await statusOfPrefecture(UPSTREAM);
    expect(prefecture).toBe('MET');
    expect(counties).toEqual(new Set(['PENDING']));
  });

  it('is missed 67 days after it', async () => {
    const late = UPSTREAM.replaceAll('2022年5月13日', '2022年4月1日');
    expect((await statusOfPrefecture(late)).prefecture).toBe('NOT_MET');
  });

  it('without the upstream notice, the reported result decides (none: pending)', async () => {
    expect((await statusOfPrefecture(null)).prefecture).toBe('PENDING');
  });
});
