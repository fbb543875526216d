/**
 * An amendment writes a new version of one report: the response cache keeps the answers about
 * other years across it, and computes the amended year's again (with the amended figure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startTestServer, type TestServer, dataStatements } from '../helpers/graphql.ts';
import { fileReport, importSeed, seedLine } from './support.ts';

const computed = (server: TestServer) => dataStatements(server);

const AMEND = `mutation Amend($reportId: ID!, $lines: [SpendingLineInput!]!) {
  amendSpendingReport(reportId: $reportId, lines: $lines) { errors { code } report { version } }
}`;

describe('response cache: an amendment invalidates only its year', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true });
  });
  afterAll(() => server.close());

  const FIGURES = 'query Figures($year: Int!) { execution(year: $year, month: 9) { spent } }';
  const spent = async (year: number) => {
    const reply = await post(server, FIGURES, { year });
    expect(reply.errors).toBeUndefined();
    return (reply.data as { execution: { spent: number | null } | null }).execution?.spent;
  };

  it('keeps the answers about another year; the amended year shows the new figure', async () => {
    const report = await fileReport(server, '奇台县', 2022, 9, [seedLine(1000)]);
    expect(await spent(2022)).toBe(1000);
    const other = await spent(2021);

    const county = await server.as({ county: '奇台县' });
    const amended = await post(county, AMEND, { reportId: report.id, lines: [seedLine(1200)] });
    expect(amended.errors).toBeUndefined();
    expect(amended.data).toEqual({ amendSpendingReport: { errors: [], report: { version: 2 } } });

    // The amended year: computed again — 1,200 万元, the amendment's figure.
    server.queries.length = 0;
    expect(await spent(2022)).toBe(1200);
    expect(computed(server).length).toBeGreaterThan(0);
    // Another year: the same answer, from the cache.
    server.queries.length = 0;
    expect(await spent(2021)).toBe(other);
    expect(computed(server)).toEqual([]);
  });
});
