/**
 * The report heads (the latest version of each region's month, when it was filed and when the
 * month was first filed) always equal a fresh computation over every version, whichever write
 * stored or removed reports: a filing, its correction, a batch (with a correction inside),
 * sample data added, a real filing on top of a sample month, sample data removed.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { filingStatus } from '../../server/services/filing.service.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import {
  addSampleData,
  removeSampleData,
  SAMPLE_YEAR,
} from '../../server/services/sample-data.service.ts';
import { submitSpendingReports } from '../../server/services/spending-batch.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, sqlRows, testDb, TEST_ACTOR } from '../helpers/db.ts';

const SEED = '昌州财社〔2022〕11号';
const wan = (text: string) => parseAmount(text) as Fen;

interface Head {
  region: string;
  year: number;
  month: number;
  version: number;
  submittedAt: string;
  firstSubmittedAt: string;
}

/** The heads as kept, and as computed afresh from every version (a different formulation). */
async function heads(db: Db): Promise<{ kept: Head[]; fresh: Head[] }> {
  const kept = await sqlRows<Head & { reportVersion: number }>(
    db,
    `select g.name as region, h.year, h.month, h.version, h.submitted_at as "submittedAt",
            h.first_submitted_at as "firstSubmittedAt", s.version as "reportVersion"
     from spending_report_heads h join regions g on g.id = h.region_id
     join spending_reports s on s.id = h.report_id
     order by g.name, h.year, h.month`,
  );
  // The head names its own report: that report's version is the head's.
  for (const head of kept) expect(head.reportVersion).toBe(head.version);
  const fresh = await sqlRows<Head>(
    db,
    `select g.name as region, s.year, s.month, s.version, s.created_at as "submittedAt",
            (select f.created_at from spending_reports f
             where f.region_id = s.region_id and f.year = s.year and f.month = s.month
             order by f.created_at limit 1) as "firstSubmittedAt"
     from spending_reports s join regions g on g.id = s.region_id
     where not exists (select 1 from spending_reports n where n.region_id = s.region_id
                       and n.year = s.year and n.month = s.month and n.version > s.version)
     order by g.name, s.year, s.month`,
  );
  return { kept: kept.map(({ reportVersion: _, ...head }) => head), fresh };
}

async function expectInStep(db: Db): Promise<Head[]> {
  const { kept, fresh } = await heads(db);
  expect(kept).toEqual(fresh);
  return kept;
}

const report = (region: string, month: number, spent: string) => ({
  region,
  year: 2022,
  month,
  lines: [{ documentNumber: SEED, spent: wan(spent) }],
});

const at = (iso: string) => ({ actor: TEST_ACTOR, now: new Date(iso) });

describe('report heads', () => {
  it('follow filings, corrections and batches', async () => {
    const db = await testDb();
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    expect(await expectInStep(db)).toEqual([]);

    // 昌吉市 files October on 20 Oct, corrects it on 5 Nov.
    const first = await submitSpendingReport(
      db,
      report('昌吉市', 10, '900'),
      at('2022-10-20T02:00:00Z'),
    );
    expect(first.errors).toEqual([]);
    expect(await expectInStep(db)).toEqual([
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        version: 1,
        submittedAt: '2022-10-20T02:00:00.000Z',
        firstSubmittedAt: '2022-10-20T02:00:00.000Z',
      },
    ]);
    expect(
      (await submitSpendingReport(db, report('昌吉市', 10, '950'), at('2022-11-05T02:00:00Z')))
        .errors,
    ).toEqual([]);
    expect(await expectInStep(db)).toEqual([
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        version: 2,
        submittedAt: '2022-11-05T02:00:00.000Z',
        firstSubmittedAt: '2022-10-20T02:00:00.000Z',
      },
    ]);

    // A batch: 阜康市's first October, 昌吉市's third version of it, 呼图壁县's November.
    const batch = await submitSpendingReports(
      db,
      [report('阜康市', 10, '500'), report('昌吉市', 10, '1000'), report('呼图壁县', 11, '1200')],
      at('2022-11-06T03:00:00Z'),
    );
    expect(batch.errors).toEqual([]);
    expect(await expectInStep(db)).toEqual([
      {
        region: '呼图壁县',
        year: 2022,
        month: 11,
        version: 1,
        submittedAt: '2022-11-06T03:00:00.000Z',
        firstSubmittedAt: '2022-11-06T03:00:00.000Z',
      },
      {
        region: '昌吉市',
        year: 2022,
        month: 10,
        version: 3,
        submittedAt: '2022-11-06T03:00:00.000Z',
        firstSubmittedAt: '2022-10-20T02:00:00.000Z',
      },
      {
        region: '阜康市',
        year: 2022,
        month: 10,
        version: 1,
        submittedAt: '2022-11-06T03:00:00.000Z',
        firstSubmittedAt: '2022-11-06T03:00:00.000Z',
      },
    ]);

    // The filing status reads them: 昌吉市 on time (first filed 20 Oct) at version 3, 阜康市
    // late (first filed 6 Nov, after 31 Oct China time), the other five not filed and late.
    const status = await filingStatus(
      db,
      { year: 2022, month: 10 },
      new Date('2022-11-10T00:00:00Z'),
    );
    expect(status).toMatchObject({ filedCount: 2, expectedCount: 7 });
    const entry = (name: string) => status.regions.find((r) => r.region.name === name);
    expect(entry('昌吉市')).toMatchObject({
      filed: true,
      version: 3,
      submittedAt: '2022-11-06T03:00:00.000Z',
      late: false,
    });
    expect(entry('阜康市')).toMatchObject({ filed: true, version: 1, late: true });
    expect(entry('玛纳斯县')).toMatchObject({
      filed: false,
      version: null,
      submittedAt: null,
      late: true,
      reportId: null,
    });
    // In the order of the region tree.
    const paths = status.regions.map((r) => r.region.path);
    expect(paths).toEqual([...paths].sort());
  });

  it('follow sample data added, a real filing on top of it, and sample data removed', async () => {
    const db = await testDb();
    await addSampleData(db);
    // 7 counties × months 1–10, less 奇台县's month 10 (sample-data.service.ts).
    expect(await expectInStep(db)).toHaveLength(69);

    // A real correction of 昌吉市's sample September (versions 1 and 2 are sample ones).
    expect(
      (
        await submitSpendingReport(
          db,
          report('昌吉市', 9, '700'),
          at(`${SAMPLE_YEAR}-11-02T02:00:00Z`),
        )
      ).errors,
    ).toEqual([]);
    const before = await expectInStep(db);
    expect(before.find((h) => h.region === '昌吉市' && h.month === 9)?.version).toBe(3);

    await removeSampleData(db);
    // Only the real version is left; the month now counts as first filed when it was filed.
    expect(await expectInStep(db)).toEqual([
      {
        region: '昌吉市',
        year: 2022,
        month: 9,
        version: 3,
        submittedAt: '2022-11-02T02:00:00.000Z',
        firstSubmittedAt: '2022-11-02T02:00:00.000Z',
      },
    ]);
  });
});
