/** A loaded region tree puts a prefecture's notice under its province, and loads only once. */
import { describe, expect, it } from 'vitest';
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
    const path = (name: string) =>
      (
        db.$client
          .prepare(
            `select group_concat(a.name, '/') as p from regions r
             join regions a on r.path glob a.path || '*' where r.name = ? order by a.depth`,
          )
          .get(name) as { p: string }
      ).p;
    expect(path('奇台县')).toBe('中华人民共和国/新疆维吾尔自治区/昌吉回族自治州/奇台县');
    expect(db.$client.prepare('select count(*) as n from regions').get()).toEqual({ n: 10 });
  });
});
