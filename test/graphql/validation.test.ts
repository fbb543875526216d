/**
 * What the API refuses, and how: each refusal of a feedback form or an indicator result comes
 * back with its code and the path of the offending field, and writes nothing (every table's
 * row count unchanged). Query arguments a user got wrong are GraphQL errors with
 * extensions.code and extensions.field; anything unexpected is masked and logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRun, tableCounts } from '../helpers/db.ts';
import { execute, post, startTestServer, type TestServer } from '../helpers/graphql.ts';
import {
  ExecutionDocument,
  HealthDocument,
  RecordIndicatorResultDocument,
  RegionByNameDocument,
  SubmitSpendingReportDocument,
  type IndicatorResultInput,
  type SpendingLineInput,
  type SpendingReportInput,
} from './generated/graphql.ts';
import { buildNotice } from './notice-builder.ts';
import {
  expectNothingWritten,
  importSeed,
  importText,
  NOTICE,
  postOnce,
  postRaw,
  seedLine,
} from './support.ts';

/** A second notice of our own: 塔城地区 allocates to counties the seed does not name. */
const OTHER_NUMBER = '塔地财社〔2022〕3号';
const OTHER = buildNotice({
  issuer: '塔城地区',
  number: OTHER_NUMBER,
  upstreamNumber: '新财社〔2022〕40号',
  year: 2022,
  batch: '第一批',
  issuedOn: { month: 5, day: 10 },
  counties: [
    { name: '乌苏市', early: 300, thisBatch: 100 },
    { name: '额敏县', early: 200, thisBatch: 60 },
  ],
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(async (db) => {
    await importSeed(db);
    await importText(db, OTHER, 'tacheng-2022.txt');
  });
});
afterAll(() => server.close());

/** 昌吉市's own county account: the one that may file 昌吉市's reports. */
const changji = () => server.as({ county: '昌吉市' });

const dataCounts = () => tableCounts(server.db);

const september = (lines: SpendingLineInput[], extra: Partial<SpendingReportInput> = {}) => ({
  input: { region: '昌吉市', year: 2022, month: 9, lines, ...extra },
});

/**
 * Submits through the contract's mutation as the region's own county account; expects a
 * refusal that wrote nothing but its audit row.
 */
async function refused(variables: { input: SpendingReportInput }) {
  const county = await server.as({ county: variables.input.region ?? '昌吉市' });
  return await expectNothingWritten(
    server.db,
    async () => {
      const { submitSpendingReport } = await execute(
        county,
        SubmitSpendingReportDocument,
        variables,
      );
      expect(submitSpendingReport.report).toBeNull();
      return submitSpendingReport.errors.map((e) => [e.code, e.field]);
    },
    1,
  );
}

describe('submitSpendingReport refuses, naming the field, and writes nothing', () => {
  it('a region that is not the account’s own, known or not (FORBIDDEN, audited)', async () => {
    const county = await server.as({ county: '昌吉市' });
    for (const region of ['乌鲁木齐市', '阜康市']) {
      const response = await expectNothingWritten(
        server.db,
        () => post(county, SubmitSpendingReportDocument, september([seedLine(100)], { region })),
        1,
      );
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: 'region',
      });
    }
  });

  it('an unknown document', async () => {
    const lines = [{ documentNumber: '昌州财社〔2022〕99号', spent: 100 }];
    expect(await refused(september(lines))).toEqual([
      ['DOCUMENT_NOT_FOUND', 'lines.0.documentNumber'],
    ]);
  });

  it('a document that allocated nothing to the region, either way round', async () => {
    expect(await refused(september([{ documentNumber: OTHER_NUMBER, spent: 100 }]))).toEqual([
      ['NOT_ALLOCATED', 'lines.0.documentNumber'],
    ]);
    expect(await refused(september([seedLine(100)], { region: '乌苏市' }))).toEqual([
      ['NOT_ALLOCATED', 'lines.0.documentNumber'],
    ]);
    // The same counties file their own notice's fund without trouble.
    const { submitSpendingReport } = await execute(
      await server.as({ county: '乌苏市' }),
      SubmitSpendingReportDocument,
      {
        input: {
          region: '乌苏市',
          year: 2022,
          month: 9,
          lines: [{ documentNumber: OTHER_NUMBER, spent: 100 }],
        },
      },
    );
    expect(submitSpendingReport.errors).toEqual([]);
    expect(submitSpendingReport.report?.lines[0]).toMatchObject({ amount: 400, unspent: 300 });
  });

  it('the prefecture filing its subtotal row', async () => {
    expect(await refused(september([seedLine(100)], { region: '昌吉州' }))).toEqual([
      ['ALLOCATION_IS_SUBTOTAL', 'region'],
    ]);
  });

  it('a month out of range, and one still to come', async () => {
    for (const month of [13, 0, -1]) {
      expect(await refused(september([seedLine(100)], { month })), `month ${month}`).toEqual([
        ['MONTH_OUT_OF_RANGE', 'month'],
      ]);
    }
    // The clock is pinned at 2026-11-28: December 2026 and January 2027 have not come.
    for (const [year, month] of [
      [2027, 1],
      [2026, 12],
    ]) {
      expect(await refused(september([seedLine(100)], { year, month }))).toEqual([
        ['PERIOD_IN_FUTURE', 'month'],
      ]);
    }
    expect(await refused(september([seedLine(100)], { year: 1999 }))).toEqual([
      ['YEAR_OUT_OF_RANGE', 'year'],
    ]);
  });

  it('a negative amount', async () => {
    expect(await refused(september([seedLine(-1)]))).toEqual([
      ['AMOUNT_NEGATIVE', 'lines.0.spent'],
    ]);
    expect(await refused(september([seedLine('-0.01')]))).toEqual([
      ['AMOUNT_NEGATIVE', 'lines.0.spent'],
    ]);
  });

  it('NaN, Infinity and 1e309 at the scalar, before any rule runs', async () => {
    const mutation = SubmitSpendingReportDocument.toString();
    const before = await tableCounts(server.db);
    for (const spent of ['"NaN"', '"Infinity"', '"-Infinity"', '1e309', '-1e309', '"1e3"', '""']) {
      const body = `{"query":${JSON.stringify(mutation)},"variables":{"input":{"region":"昌吉市","year":2022,"month":9,"lines":[{"documentNumber":"${NOTICE}","spent":${spent}}]}}}`;
      const { json } = await postRaw(await changji(), body);
      expect(json.data ?? null, spent).toBeNull();
      expect(
        json.errors?.map((e) => e.extensions?.code),
        spent,
      ).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(json.errors)).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await tableCounts(server.db)).toEqual(before);
    expect(server.logged).toEqual([]);
  });

  it('an amount of 20 digits', async () => {
    expect(await refused(september([seedLine('12345678901234567890')]))).toEqual([
      ['AMOUNT_TOO_LARGE', 'lines.0.spent'],
    ]);
    // As a JSON number it arrives as 12345678901234567000: still far too large.
    const body = `{"query":${JSON.stringify(SubmitSpendingReportDocument.toString())},"variables":{"input":{"region":"昌吉市","year":2022,"month":9,"lines":[{"documentNumber":"${NOTICE}","spent":12345678901234567890}]}}}`;
    const before = await dataCounts();
    const { json } = await postRaw(await changji(), body);
    const payload = json.data?.submitSpendingReport as {
      report: unknown;
      errors: { code: string; field: string }[];
    };
    expect(payload.report).toBeNull();
    expect(payload.errors.map((e) => [e.code, e.field])).toEqual([
      ['AMOUNT_TOO_LARGE', 'lines.0.spent'],
    ]);
    expect(await dataCounts()).toEqual(before);
  });

  it('an amount with 3 decimals', async () => {
    expect(await refused(september([seedLine(100.125)]))).toEqual([
      ['AMOUNT_PRECISION', 'lines.0.spent'],
    ]);
    expect(await refused(september([seedLine('0.001')]))).toEqual([
      ['AMOUNT_PRECISION', 'lines.0.spent'],
    ]);
  });

  it('spending above the allocation (昌吉市: 1485)', async () => {
    expect(await refused(september([seedLine(1485.01)]))).toEqual([
      ['SPENT_EXCEEDS_ALLOCATION', 'lines.0.spent'],
    ]);
  });

  it('a direction split that does not add up, or names a direction twice', async () => {
    const split = (parts: [string, number][]) =>
      seedLine(100, {
        directions: parts.map(([direction, spent]) => ({
          direction: direction as 'SUBSISTENCE_ALLOWANCE',
          spent,
        })),
      });
    expect(
      await refused(
        september([
          split([
            ['SUBSISTENCE_ALLOWANCE', 60],
            ['TEMPORARY_ASSISTANCE', 30],
          ]),
        ]),
      ),
    ).toEqual([['DIRECTIONS_SUM_MISMATCH', 'lines.0.directions']]);
    expect(
      await refused(
        september([
          split([
            ['SUBSISTENCE_ALLOWANCE', 50],
            ['SUBSISTENCE_ALLOWANCE', 50],
          ]),
        ]),
      ),
    ).toEqual([['DIRECTION_DUPLICATE', 'lines.0.directions.1.direction']]);
  });

  it('a stated amount, unspent or progress that does not fit spent and the allocation', async () => {
    // 昌吉市: amount 1485; spent 1000 → unspent 485, progress 1000/1485 ≈ 0.6734.
    expect(await refused(september([seedLine(1000, { amount: 1500 })]))).toEqual([
      ['AMOUNT_MISMATCH', 'lines.0.amount'],
    ]);
    expect(await refused(september([seedLine(1000, { unspent: 400 })]))).toEqual([
      ['UNSPENT_MISMATCH', 'lines.0.unspent'],
    ]);
    expect(await refused(september([seedLine(1000, { progress: 0.7 })]))).toEqual([
      ['PROGRESS_MISMATCH', 'lines.0.progress'],
    ]);
    expect(
      await refused(september([seedLine(1000, { amount: 1500, unspent: 400, progress: 0.7 })])),
    ).toEqual([
      ['AMOUNT_MISMATCH', 'lines.0.amount'],
      ['UNSPENT_MISMATCH', 'lines.0.unspent'],
      ['PROGRESS_MISMATCH', 'lines.0.progress'],
    ]);
    // Figures that fit are accepted (a progress rounded to 4 decimals, as forms write it).
    const { submitSpendingReport } = await execute(
      await changji(),
      SubmitSpendingReportDocument,
      september([seedLine(1000, { amount: 1485, unspent: 485, progress: 0.6734 })], {
        month: 3,
      }),
    );
    expect(submitSpendingReport.errors).toEqual([]);
  });

  it('the same document twice, in any bracket style', async () => {
    const lines = [seedLine(100), { documentNumber: '昌州财社[2022]11号', spent: 200 }];
    expect(await refused(september(lines))).toEqual([
      ['DOCUMENT_DUPLICATE', 'lines.1.documentNumber'],
    ]);
  });

  it('a form without lines', async () => {
    expect(await refused(september([]))).toEqual([['LINES_EMPTY', 'lines']]);
  });

  it('SQL in the region name: not the account’s region, and every table intact', async () => {
    const before = await dataCounts();
    for (const region of ["'; DROP TABLE regions; --", "昌吉市' OR '1'='1", '%', '*']) {
      const response = await post(
        await changji(),
        SubmitSpendingReportDocument,
        september([seedLine(100)], { region }),
      );
      expect(response.errors?.[0]?.extensions?.code, region).toBe('FORBIDDEN');
    }
    expect(await dataCounts()).toEqual(before);
    const { region } = await execute(server, RegionByNameDocument, { name: '昌吉市' });
    expect(region?.name).toBe('昌吉市');
  });

  it('a reason of 1 MB: TEXT_TOO_LONG, and the server carries on', async () => {
    const reason = 'x'.repeat(1_000_000);
    expect(await refused(september([seedLine(100, { reason })]))).toEqual([
      ['TEXT_TOO_LONG', 'lines.0.reason'],
    ]);
    expect(await refused(september([seedLine(100, { measures: '措'.repeat(2001) })]))).toEqual([
      ['TEXT_TOO_LONG', 'lines.0.measures'],
    ]);
    expect((await execute(server, HealthDocument)).health).toBe(true);
  });

  it('a body over the size limit: refused whole, and the server carries on', async () => {
    const before = await tableCounts(server.db);
    const client = await changji();
    const body = JSON.stringify({
      query: SubmitSpendingReportDocument.toString(),
      variables: september([seedLine(100, { reason: '原因'.repeat(600_000) })]),
    });
    // ~3.6 MB of UTF-8, over the 2.5 MB limit.
    const { status, json } = await postOnce(client, body);
    expect(status).toBe(413);
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(await tableCounts(server.db)).toEqual(before);
    expect((await execute(server, HealthDocument)).health).toBe(true);
  });

  it('reports every error of a form at once', async () => {
    expect(
      await refused(
        september([seedLine(-5, { reason: 'x'.repeat(2001) }), seedLine(1, { amount: 1 })], {
          month: 13,
        }),
      ),
    ).toEqual([
      ['MONTH_OUT_OF_RANGE', 'month'],
      ['TEXT_TOO_LONG', 'lines.0.reason'],
      ['AMOUNT_NEGATIVE', 'lines.0.spent'],
      ['DOCUMENT_DUPLICATE', 'lines.1.documentNumber'],
      ['AMOUNT_MISMATCH', 'lines.1.amount'],
    ]);
  });
});

describe('recordIndicatorResult refuses, naming the field, and writes nothing', () => {
  /** Records as the region's own county account; expects a refusal, audited and nothing else. */
  const result = async (input: Omit<IndicatorResultInput, 'documentNumber'>) => {
    const county = await server.as({ county: input.region ?? '昌吉市' });
    return await expectNothingWritten(
      server.db,
      async () => {
        const { recordIndicatorResult } = await execute(county, RecordIndicatorResultDocument, {
          input: { documentNumber: NOTICE, ...input },
        });
        expect(recordIndicatorResult.result).toBeNull();
        expect(recordIndicatorResult.status).toBeNull();
        return recordIndicatorResult.errors.map((e) => [e.code, e.field]);
      },
      1,
    );
  };

  it('an indicator the region’s sheet does not set', async () => {
    expect(
      await result({ region: '昌吉市', indicator: '不存在的指标', year: 2022, value: 1 }),
    ).toEqual([['INDICATOR_NOT_FOUND', 'indicator']]);
    // 木垒县's sheet is one of the two without the rescue indicator.
    const rescue =
      '为自愿前来救助站或由公安等部门护送至救助站的传销解救人员、打拐解救人员、家暴受害者等提供临时救助服务率';
    expect(await result({ region: '木垒县', indicator: rescue, year: 2022, value: 99 })).toEqual([
      ['INDICATOR_NOT_FOUND', 'indicator'],
    ]);
  });

  it('another region than the account’s own (FORBIDDEN), or an unknown document', async () => {
    const refusal = await expectNothingWritten(
      server.db,
      async () =>
        post(await changji(), RecordIndicatorResultDocument, {
          input: {
            region: '不存在县',
            documentNumber: NOTICE,
            indicator: '低保对象人数',
            year: 2022,
            outcome: 'MET',
          },
        }),
      1,
    );
    expect(refusal.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'region' });
    const { recordIndicatorResult } = await execute(
      await changji(),
      RecordIndicatorResultDocument,
      {
        input: {
          region: '昌吉市',
          documentNumber: '昌州财社〔2022〕99号',
          indicator: '低保对象人数',
          year: 2022,
          outcome: 'MET',
        },
      },
    );
    expect(recordIndicatorResult.errors.map((e) => [e.code, e.field])).toEqual([
      ['DOCUMENT_NOT_FOUND', 'documentNumber'],
    ]);
  });

  it('a qualitative target without an outcome', async () => {
    expect(
      await result({ region: '昌吉市', indicator: '低保对象人数', year: 2022, value: 1 }),
    ).toEqual([['OUTCOME_REQUIRED', 'outcome']]);
  });

  it('a numeric target without a value', async () => {
    expect(
      await result({
        region: '昌吉市',
        indicator: '救助对象对社会救助实施的满意度',
        year: 2022,
        outcome: 'MET',
      }),
    ).toEqual([['VALUE_REQUIRED', 'value']]);
    expect(
      await result({ region: '昌吉市', indicator: '城乡低保标准', year: 2022, text: '提高了' }),
    ).toEqual([['VALUE_REQUIRED', 'value']]);
  });

  it('a year still to come', async () => {
    expect(
      await result({
        region: '昌吉市',
        indicator: '救助对象对社会救助实施的满意度',
        year: 2027,
        value: 90,
      }),
    ).toEqual([['YEAR_OUT_OF_RANGE', 'year']]);
  });
});

describe('errors of queries', () => {
  it('an unknown region is REGION_NOT_FOUND on field region, without a trace', async () => {
    const response = await post(server, ExecutionDocument, {
      year: 2022,
      month: 9,
      region: '不存在',
    });
    expect(response.data).toEqual({ execution: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'REGION_NOT_FOUND', field: 'region' });
    expect(response.errors?.[0]?.path).toEqual(['execution']);
    expect(response.errors?.[0]?.message).toContain('不存在');
  });

  it('month 13 is MONTH_OUT_OF_RANGE on field month', async () => {
    const response = await post(server, ExecutionDocument, { year: 2022, month: 13 });
    expect(response.errors?.map((e) => e.extensions)).toEqual([
      { code: 'MONTH_OUT_OF_RANGE', field: 'month' },
    ]);
  });

  it('a wrongly typed variable is BAD_USER_INPUT', async () => {
    const response = await post<unknown, Record<string, unknown>>(
      server,
      String(ExecutionDocument),
      {
        year: '二〇二二',
        month: 9,
      },
    );
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(server.logged).toEqual([]);
  });
});

describe('an unexpected failure', () => {
  it('is masked as INTERNAL_SERVER_ERROR with an id, and logged with that id', async () => {
    // A throw-away server whose database has lost a table underneath it.
    const broken = await startTestServer(importSeed);
    try {
      await sqlRun(broken.db, 'DROP TABLE execution_subtree_totals');
      const response = await post(broken, ExecutionDocument, { year: 2022, month: 9 });
      expect(response.data).toEqual({ execution: null });
      expect(response.errors).toHaveLength(1);
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const errorId = error?.extensions?.errorId;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Object.keys(error?.extensions ?? {}).sort()).toEqual(['code', 'errorId']);
      expect(error?.message).toContain(String(errorId));
      // No SQL, table name, driver message or stack reaches the client.
      const text = JSON.stringify(response);
      for (const leak of [
        'execution_subtree_totals',
        'select',
        'SqliteError',
        'no such table',
        '.ts:',
      ]) {
        expect(text.toLowerCase()).not.toContain(leak.toLowerCase());
      }
      expect(broken.logged).toHaveLength(1);
      expect(broken.logged[0]?.errorId).toBe(errorId);
      // The engine's own words: SQLite's "no such table", PostgreSQL's "does not exist".
      expect(broken.logged[0]?.message).toMatch(
        /no such table: execution_subtree_totals|relation "execution_subtree_totals" does not exist/,
      );
      // The server still answers what does not need the lost table.
      expect((await execute(broken, HealthDocument)).health).toBe(true);
    } finally {
      await broken.close();
    }
  });
});
