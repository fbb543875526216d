import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { addSampleData, removeSampleData } from '../../server/services/sample-data.service.ts';
import { post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { seedNoticeText, TEST_ACTOR } from '../helpers/db.ts';

const QUERY = '{ dataStatus { latestPeriod { year month } years hasSampleData } }';

describe('dataStatus', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(async (db) => {
      await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    });
  });
  afterAll(() => server.close());

  it('says what the database holds, and whether sample data is in it', async () => {
    expect((await post(server, QUERY)).data).toEqual({
      dataStatus: { latestPeriod: null, years: [2022], hasSampleData: false },
    });
    await addSampleData(server.db);
    // The sample reports run to October 2022.
    expect((await post(server, QUERY)).data).toEqual({
      dataStatus: { latestPeriod: { year: 2022, month: 10 }, years: [2022], hasSampleData: true },
    });
    await removeSampleData(server.db);
    expect((await post(server, QUERY)).data).toEqual({
      dataStatus: { latestPeriod: null, years: [2022], hasSampleData: false },
    });
  });
});
