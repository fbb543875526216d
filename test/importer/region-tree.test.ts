/** A loaded region tree puts a prefecture's notice under its province, and loads only once. */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { allRows } from '../../server/db/sql-rows.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { addRegionTree } from '../../server/services/region-tree.service.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';

const TREE = [
  {
    name: '中华人民共和国',
    level: 'country' as const,
    children: [
      {
        name: '新疆维吾尔自治区',
        level: 'province' as const,
        children: [{ name: '昌吉回族自治州', level: 'prefecture' as const }],
      },
    ],
  },
];

describe('addRegionTree', () => {
  it('creates the levels above the issuers, and a notice lands beneath them', async () => {
    const db = await testDb();
    expect(await addRegionTree(db, TREE)).toBe(3);
    expect(await addRegionTree(db, TREE)).toBe(0);
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    // The region's ancestors and itself: the regions whose path begins its path.
    const path = async (name: string) =>
      (
        await allRows<{ name: string }>(
          db,
          sql`select a.name from regions r
              join regions a on substr(r.path, 1, length(a.path)) = a.path
              where r.name = ${name} order by a.depth`,
        )
      )
        .map((r) => r.name)
        .join('/');
    expect(await path('奇台县')).toBe('中华人民共和国/新疆维吾尔自治区/昌吉回族自治州/奇台县');
    expect(await allRows(db, sql`select count(*) as n from regions`)).toEqual([{ n: 10 }]);
  });
});
