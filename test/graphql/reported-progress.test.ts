import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAmount, type Fen } from '../../server/domain/money.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { submitSpendingReport } from '../../server/services/spending.service.ts';
import { seedNoticeText, TEST_ACTOR } from '../helpers/db.ts';
import { post, startTestServer, TEST_NOW, type TestServer } from '../helpers/graphql.ts';

const QUERY = `query($region: String) { execution(year: 2022, month: 9, region: $region) {
  allocated spent unspent progress reportedAllocated reportedProgress reportedCount expectedCount } }`;

describe('progress of the regions that reported', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(async (db) => {
      await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
      for (const [region, spent] of [
        ['昌吉市', '1000'],
        ['阜康市', '500'],
      ] as const) {
        const result = await submitSpendingReport(
          db,
          {
            region,
            year: 2022,
            month: 9,
            lines: [{ documentNumber: '昌州财社〔2022〕11号', spent: parseAmount(spent) as Fen }],
          },
          { actor: TEST_ACTOR, now: TEST_NOW },
        );
        expect(result.errors).toEqual([]);
      }
    });
  });
  afterAll(() => server.close());

  it('compares the reporting counties spending with their own allocation', async () => {
    // 昌吉市 1485 + 阜康市 831 = 2316 allocated to the two that reported; 1000 + 500 spent.
    const { data } = await post(server, QUERY, { region: null });
    expect(data).toEqual({
      execution: {
        allocated: 11438,
        spent: 1500,
        unspent: 9938,
        progress: 1500 / 11438,
        reportedAllocated: 2316,
        reportedProgress: 1500 / 2316,
        reportedCount: 2,
        expectedCount: 7,
      },
    });
  });

  it('is the region itself for a county, and zero with no report', async () => {
    expect((await post(server, QUERY, { region: '昌吉市' })).data).toMatchObject({
      execution: { reportedAllocated: 1485, reportedProgress: 1000 / 1485 },
    });
    expect((await post(server, QUERY, { region: '奇台县' })).data).toMatchObject({
      execution: { spent: null, reportedAllocated: 0, reportedProgress: null },
    });
  });
});
