/** A loaded region tree puts a prefecture's notice under its province, and loads only once. */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { addRegionTree } from '../../server/services/region-tree.service.ts';
import { seedNoticeText, sqlRow, testDb, TEST_ACTOR } from '../helpers/db.ts';

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
    // The region's ancestors and itself: the regions whose path begins its own.
    const path = async (name: string) =>
      (
        await sqlRow<{ p: string }>(
          db,
          sql`select string_agg(a.name, '/' order by a.depth) as p from regions r
              join regions a on substr(r.path, 1, length(a.path)) = a.path where r.name = ${name}`,
        )
      )?.p;
    expect(await path('奇台县')).toBe('中华人民共和国/新疆维吾尔自治区/昌吉回族自治州/奇台县');
    expect(await sqlRow(db, 'select count(*) as n from regions')).toEqual({ n: 10 });
  });
});
