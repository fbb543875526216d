import { describe, expect, it } from 'vitest';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { filingStatus } from '../../server/services/filing.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, testDb, TEST_ACTOR } from '../helpers/db.ts';

const wan = (text: string) => parseAmount(text) as Fen;

describe('filing deadline (month end, China time)', () => {
  it('judges lateness by the first filing, so a later correction is not late', async () => {
    const db = await testDb();
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    const file = (region: string, spent: string, at: string) =>
      submitSpendingReport(
        db,
        {
          region,
          year: 2022,
          month: 10,
          lines: [{ documentNumber: '昌州财社〔2022〕11号', spent: wan(spent) }],
        },
        { actor: TEST_ACTOR, now: new Date(at) },
      );
    // 昌吉市 on time (20 Oct), corrected after the deadline (5 Nov).
    expect((await file('昌吉市', '900', '2022-10-20T02:00:00Z')).errors).toEqual([]);
    expect((await file('昌吉市', '950', '2022-11-05T02:00:00Z')).errors).toEqual([]);
    // 阜康市 first files on 31 Oct 23:30 Beijing time (15:30 UTC): still on time.
    expect((await file('阜康市', '500', '2022-10-31T15:30:00Z')).errors).toEqual([]);
    // 呼图壁县 first files on 1 Nov 00:30 Beijing time: late.
    expect((await file('呼图壁县', '1200', '2022-10-31T16:30:00Z')).errors).toEqual([]);

    const status = await filingStatus(
      db,
      { year: 2022, month: 10 },
      new Date('2022-11-10T00:00:00Z'),
    );
    const entry = (name: string) => status.regions.find((r) => r.region.name === name);
    expect(status.deadline).toBe('2022-10-31');
    expect(entry('昌吉市')).toMatchObject({ filed: true, version: 2, late: false });
    expect(entry('阜康市')).toMatchObject({ filed: true, version: 1, late: false });
    expect(entry('呼图壁县')).toMatchObject({ filed: true, late: true });
    expect(entry('玛纳斯县')).toMatchObject({ filed: false, late: true });
    expect(status).toMatchObject({ filedCount: 3, expectedCount: 7 });
  });
});
