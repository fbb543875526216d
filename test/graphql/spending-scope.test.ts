/**
 * What a county's filing (a write of one year's spending) leaves in the response cache: an
 * indicator comparison reads no spending and is kept; an allocation chain reads the spending
 * of its year and is computed again (with the filed figure) for that year only; an indicator
 * result (a write that says nothing of its scope) recomputes the comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataStatements, post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { fileReport, importSeed, NOTICE, seedLine } from './support.ts';

const COMPARISON = `query Comparison($number: String!) {
  indicatorComparison(documentNumber: $number) { name regions { region { name } result { value } } }
}`;
const CHAIN = `query Chain($year: Int!) {
  allocationChain(year: $year, month: 9) { region { name } allocated spent }
}`;
const RECORD = `mutation Record($input: IndicatorResultInput!) {
  recordIndicatorResult(input: $input) { errors { code } }
}`;

describe('response cache: a filing keeps what reads no spending of its year', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(importSeed, { responseCache: true });
  });
  afterAll(() => server.close());

  const ask = async (query: string, variables: Record<string, unknown>) => {
    server.queries.length = 0;
    const reply = await post(server, query, variables);
    expect(reply.errors).toBeUndefined();
    return { data: reply.data, computed: dataStatements(server).length > 0 };
  };

  it('keeps the indicator comparison, recomputes the chain of the filed year', async () => {
    const comparison = await ask(COMPARISON, { number: NOTICE });
    expect(comparison.computed).toBe(true);
    const chain = await ask(CHAIN, { year: 2022 });
    expect(chain.data).toMatchObject({ allocationChain: { spent: null } });

    await fileReport(server, '奇台县', 2022, 9, [seedLine(1000)]);

    const comparisonAfter = await ask(COMPARISON, { number: NOTICE });
    expect(comparisonAfter).toEqual({ data: comparison.data, computed: false });
    const chainAfter = await ask(CHAIN, { year: 2022 });
    expect(chainAfter.computed).toBe(true);
    // 奇台县's 1,000 万元, the only report of September 2022.
    expect(chainAfter.data).toMatchObject({ allocationChain: { spent: 1000 } });
  });

  it('recomputes the comparison after an indicator result is recorded', async () => {
    await ask(COMPARISON, { number: NOTICE });
    const county = await server.as({ county: '木垒县' });
    const recorded = await post(county, RECORD, {
      input: {
        region: '木垒县',
        documentNumber: NOTICE,
        indicator: '救助对象对社会救助实施的满意度',
        year: 2022,
        value: 90,
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data).toEqual({ recordIndicatorResult: { errors: [] } });
    const after = await ask(COMPARISON, { number: NOTICE });
    expect(after.computed).toBe(true);
    expect(JSON.stringify(after.data)).toContain('"value":90');
  });
});
