/**
 * The dashboard's queries run a number of SQL statements that does not grow with the number of
 * regions: the seed (a prefecture of 7 counties) and a notice of our own with 40 counties, each
 * with a target sheet and reports for August and September filed through the service, must
 * take exactly as many statements per query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { recordIndicatorResult } from '../../server/services/indicators.service.ts';
import { submitSpendingReportInWan } from '../../server/services/spending.service.ts';
import { execute, startTestServer, TEST_NOW, type TestServer } from '../helpers/graphql.ts';
import {
  AllocationChainFiguresDocument,
  AllocationChainLevelsDocument,
  DashboardExecutionDocument,
  DocumentDocument,
  ExecutionDocument,
  FilingStatusOfDocument,
  IndicatorComparisonDocument,
  LaggingRegionListDocument,
  UnspentBalanceListDocument,
} from './generated/graphql.ts';
import { annualOf, buildNotice, countyNames, GENERATED_INDICATORS } from './notice-builder.ts';
import { importSeed, importText, NOTICE, SEED_COUNTIES } from './support.ts';
import { systemActor } from '../../server/services/actor.ts';

const BIG_NUMBER = '测州财社〔2022〕7号';
const BIG_COUNTIES = countyNames(40).map((name, i) => ({
  name,
  early: 100 + 7 * i,
  thisBatch: 20 + (i % 5) * 3,
}));
const BIG_NOTICE = buildNotice({
  issuer: '测试州',
  number: BIG_NUMBER,
  upstreamNumber: '新财社〔2022〕71号',
  year: 2022,
  batch: '第二批',
  issuedOn: { month: 6, day: 7 },
  counties: BIG_COUNTIES,
  // As in the seed: a timeliness target judged from the allocation chain (收到补助资金后30日内).
  indicators: [
    ...GENERATED_INDICATORS,
    [
      '向本行政区域县级以上各级财政部门下达中央财政困难群众救助补助资金',
      '时效指标',
      '收到补助资金后30日内',
    ],
  ],
});

/**
 * Files August and September for every county but the last (which skips September), at paces
 * that give every warning level, split between two directions; the first county files
 * September twice. Records two indicator results per county.
 */
async function fileEverything(
  db: Db,
  documentNumber: string,
  counties: [string, number][],
  indicator: { comparison: string; qualitative: string },
): Promise<void> {
  const options = { actor: systemActor('statement-count'), now: TEST_NOW };
  for (const [i, [region, annual]] of counties.entries()) {
    const months = i === counties.length - 1 ? [8] : [8, 9, ...(i === 0 ? [9] : [])];
    for (const month of months) {
      const pace = month === 8 ? 0.5 : 0.3 + (i % 6) * 0.1;
      const spent = Math.floor(annual * pace);
      const subsistence = Math.floor(spent * 0.7);
      const result = await submitSpendingReportInWan(
        db,
        {
          region,
          year: 2022,
          month,
          lines: [
            {
              documentNumber,
              spent: String(spent),
              directions: [
                { direction: 'SUBSISTENCE_ALLOWANCE', spent: String(subsistence) },
                { direction: 'TEMPORARY_ASSISTANCE', spent: String(spent - subsistence) },
              ],
              reason: spent * 12 < annual * month ? '进度滞后' : null,
            },
          ],
        },
        options,
      );
      if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
    }
    const recorded = [
      await recordIndicatorResult(
        db,
        { region, documentNumber, indicator: indicator.comparison, year: 2022, value: 85 + i },
        { actor: systemActor('statement-count'), now: TEST_NOW },
      ),
      await recordIndicatorResult(
        db,
        { region, documentNumber, indicator: indicator.qualitative, year: 2022, outcome: 'MET' },
        { actor: systemActor('statement-count'), now: TEST_NOW },
      ),
    ];
    for (const r of recorded) if (r.errors.length > 0) throw new Error(JSON.stringify(r.errors));
  }
}

interface Dashboard {
  server: TestServer;
  number: string;
  /** The notice's issuer: the allocation chain's region. */
  region: string;
  counties: number;
}

/** The statements each dashboard query runs, by name. */
async function measure({
  server,
  number,
  region,
  counties,
}: Dashboard): Promise<Record<string, number>> {
  const month = { year: 2022, month: 9 };
  const queries: [string, () => Promise<void>][] = [
    [
      'execution (contract)',
      async () => {
        const { execution } = await execute(server, ExecutionDocument, month);
        expect(execution?.children).toHaveLength(counties);
      },
    ],
    [
      'execution + children + trend + byDirection',
      async () => {
        const { execution } = await execute(server, DashboardExecutionDocument, month);
        expect(execution?.children).toHaveLength(counties);
        expect(execution?.trend).toHaveLength(9);
        expect(execution?.byDirection).toHaveLength(2);
        expect(execution?.reportedCount).toBe(counties - 1);
      },
    ],
    [
      'laggingRegions',
      async () => {
        const { laggingRegions } = await execute(server, LaggingRegionListDocument, {
          ...month,
          first: 100,
        });
        expect(laggingRegions.nodes.length).toBeGreaterThan(1);
      },
    ],
    [
      'unspentBalances',
      async () => {
        const { unspentBalances } = await execute(server, UnspentBalanceListDocument, {
          ...month,
          first: 100,
        });
        expect(unspentBalances.nodes).toHaveLength(counties);
      },
    ],
    [
      'filingStatus',
      async () => {
        const { filingStatus } = await execute(server, FilingStatusOfDocument, month);
        expect(filingStatus.expectedCount).toBe(counties);
        expect(filingStatus.filedCount).toBe(counties - 1);
      },
    ],
    [
      'indicatorComparison (contract)',
      async () => {
        const { indicatorComparison } = await execute(server, IndicatorComparisonDocument, {
          number,
        });
        expect(indicatorComparison[0]?.regions).toHaveLength(counties + 1);
      },
    ],
    [
      'allocationChain: figures',
      async () => {
        const { allocationChain } = await execute(server, AllocationChainFiguresDocument, {
          ...month,
          region,
        });
        expect(allocationChain.children).toHaveLength(counties);
      },
    ],
    [
      'allocationChain: + notices, days, warnings',
      async () => {
        const { allocationChain } = await execute(server, AllocationChainLevelsDocument, {
          ...month,
          region,
        });
        expect(allocationChain.children).toHaveLength(counties);
      },
    ],
    [
      'document (contract)',
      async () => {
        const { document } = await execute(server, DocumentDocument, { number });
        expect(document?.allocations).toHaveLength(counties + 1);
        expect(document?.targetSheets).toHaveLength(counties + 1);
      },
    ],
  ];
  const counts: Record<string, number> = {};
  for (const [name, run] of queries) {
    server.queries.length = 0;
    await run();
    counts[name] = server.queries.length;
  }
  return counts;
}

describe('SQL statements per dashboard query', () => {
  let seed: Dashboard;
  let big: Dashboard;

  beforeAll(async () => {
    seed = {
      server: await startTestServer(async (db) => {
        await importSeed(db);
        await fileEverything(db, NOTICE, SEED_COUNTIES, {
          comparison: '救助对象对社会救助实施的满意度',
          qualitative: '低保对象人数',
        });
      }),
      number: NOTICE,
      region: '昌吉回族自治州',
      counties: SEED_COUNTIES.length,
    };
    big = {
      server: await startTestServer(async (db) => {
        await importText(db, BIG_NOTICE, 'big.txt');
        await fileEverything(
          db,
          BIG_NUMBER,
          BIG_COUNTIES.map((c) => [c.name, annualOf(c)]),
          {
            comparison: GENERATED_INDICATORS[4]?.[0] ?? '',
            qualitative: GENERATED_INDICATORS[0]?.[0] ?? '',
          },
        );
      }),
      number: BIG_NUMBER,
      region: '测试州',
      counties: BIG_COUNTIES.length,
    };
  });
  afterAll(async () => {
    await seed.server.close();
    await big.server.close();
  });

  it('are the same for 7 counties and for 40', async () => {
    const small = await measure(seed);
    const large = await measure(big);
    console.log(
      [
        'SQL statements per query: seed (7 counties) vs big (40 counties)',
        ...Object.keys(small).map(
          (name) =>
            `  ${name.padEnd(44)} ${String(small[name]).padStart(3)} ${String(large[name]).padStart(4)}`,
        ),
      ].join('\n'),
    );
    expect(large).toEqual(small);
    // The chain's notices, days and warnings are read only when asked: three statements (the
    // region's rows, its children's summed per notice, the receipt dates) for the root and
    // three for all its children together.
    expect(small['allocationChain: + notices, days, warnings']).toBe(
      (small['allocationChain: figures'] ?? 0) + 6,
    );
    // And few: no query of the dashboard takes more than a handful.
    for (const [name, n] of Object.entries(small)) expect(n, name).toBeLessThanOrEqual(12);
  });
});
