/**
 * A receipt date a bureau records moves the start of the 30-day count. By hand: 新财社〔2022〕71号
 * was issued 2022-05-13 and 昌州财社〔2022〕11号 2022-06-07: 25 days from the issue date; 昌吉州
 * recording receipt on 2022-05-20 makes it 11 (May 20 → 31) + 7 = 18 days.
 */
import type { Db } from '../../server/db/connection.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { allocationChain } from '../../server/services/chain-reads.service.ts';
import { recordFundReceipt } from '../../server/services/fund-receipts.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { auditCount, seedNoticeText, tableCounts, testDb, TEST_ACTOR } from '../helpers/db.ts';

const UPSTREAM = readFileSync(
  new URL('../../samples/xinjiang-2022-batch2-notice.txt', import.meta.url),
  'utf8',
);
const options = { actor: TEST_ACTOR, now: new Date('2026-11-28T08:00:00Z') };

async function setUp() {
  const db = await testDb();
  for (const text of [seedNoticeText(), UPSTREAM])
    await importNotice(db, { text, sourceName: 'n', actor: TEST_ACTOR });
  return db;
}

/** The prefecture's node with its details (read on demand) beside its figures. */
async function prefecture(db: Db) {
  const node = await allocationChain(
    db,
    {
      year: 2022,
      month: 10,
      region: '昌吉回族自治州',
      programId: null,
      asOf: '2022-10-31',
      limitDays: 30,
    },
    DEFAULT_THRESHOLDS,
  );
  return { ...node, ...(await node.details()) };
}

describe('a recorded receipt date', () => {
  it('counts the days from the receipt instead of the issue date', async () => {
    const db = await setUp();
    expect((await prefecture(db)).daysToAllocate).toBe(25);
    const recorded = await recordFundReceipt(
      db,
      { documentNumber: '新财社[2022]71号', region: '昌吉州', receivedOn: '2022-05-20' },
      options,
    );
    expect(recorded).toEqual({ receivedOn: '2022-05-20', errors: [] });
    const node = await prefecture(db);
    expect(node.daysToAllocate).toBe(18);
    expect(node.upstreamNotices[0]?.receivedOn).toBe('2022-05-20');
    expect(
      node.ownNotices.find((n) => n.number === '昌州财社〔2022〕11号')?.daysAfterUpstream,
    ).toBe(18);
  });

  it('refuses a date before the notice was issued, or a notice not for the region, writing nothing', async () => {
    const db = await setUp();
    const before = await tableCounts(db);
    const audits = await auditCount(db);
    const early = await recordFundReceipt(
      db,
      { documentNumber: '新财社〔2022〕71号', region: '昌吉州', receivedOn: '2022-05-01' },
      options,
    );
    expect(early.errors.map((e) => [e.code, e.field])).toEqual([
      ['RECEIVED_BEFORE_ISSUED', 'receivedOn'],
    ]);
    expect(early.errors[0]?.message).toContain('2022-05-13');
    const county = await recordFundReceipt(
      db,
      { documentNumber: '新财社〔2022〕71号', region: '昌吉市', receivedOn: '2022-05-20' },
      options,
    );
    expect(county.errors.map((e) => e.code)).toEqual(['NOT_ALLOCATED']);
    expect(await tableCounts(db)).toEqual(before);
    // Each refusal leaves its audit row.
    expect(await auditCount(db)).toBe(audits + 2);
  });
});
