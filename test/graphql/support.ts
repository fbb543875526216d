/**
 * What the API test files share: the seed's number, seeding a server's database with the seed
 * notice, filing reports through the API, raw HTTP posts (for bodies JSON.stringify cannot
 * write) and exact sums of 万元 figures the tests choose.
 */
import { request } from 'node:http';
import { expect } from 'vitest';
import type { Db } from '../../server/db/connection.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { auditCount, seedNoticeText, tableCounts, TEST_ACTOR } from '../helpers/db.ts';
import {
  execute,
  requestHeaders,
  type Client,
  type GraphQLResponse,
  type TestServer,
} from '../helpers/graphql.ts';
import { SubmitReportDetailedDocument, type SpendingLineInput } from './generated/graphql.ts';

/** The seed notice's number (昌州财社〔2022〕11号), as its header writes it. */
export const NOTICE = '昌州财社〔2022〕11号';

/** The seed's counties in the order of its allocation table, with col 2 (万元). */
export const SEED_COUNTIES: [string, number][] = [
  ['昌吉市', 1485],
  ['阜康市', 831],
  ['呼图壁县', 1825],
  ['玛纳斯县', 1271],
  ['奇台县', 2295],
  ['吉木萨尔县', 1701],
  ['木垒哈萨克自治县', 2030],
];
export const PREFECTURE = '昌吉回族自治州';
/** The prefecture row, col 2: 11438 = 1485 + 831 + 1825 + 1271 + 2295 + 1701 + 2030. */
export const PREFECTURE_TOTAL = 11438;

export async function importSeed(db: Db): Promise<void> {
  await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
}

export async function importText(db: Db, text: string, sourceName: string): Promise<void> {
  await importNotice(db, { text, sourceName, actor: TEST_ACTOR });
}

/** Files a report through the API; fails the test if it is refused. */
export async function fileReport(
  server: TestServer,
  region: string,
  year: number,
  month: number,
  lines: SpendingLineInput[],
) {
  const { submitSpendingReport } = await execute(
    await server.as({ county: region }),
    SubmitReportDetailedDocument,
    {
      input: { region, year, month, lines },
    },
  );
  expect(submitSpendingReport.errors).toEqual([]);
  if (!submitSpendingReport.report) throw new Error(`no report for ${region} ${year}-${month}`);
  return submitSpendingReport.report;
}

/** One line of the seed's fund. */
export const seedLine = (
  spent: number | string,
  extra: Partial<SpendingLineInput> = {},
): SpendingLineInput => ({ documentNumber: NOTICE, spent, ...extra });

/** Posts a raw request body (e.g. with `1e309`, which JSON.stringify cannot write). */
export async function postRaw(
  server: Client,
  body: string,
): Promise<{ status: number; json: GraphQLResponse<Record<string, unknown>> }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: requestHeaders(server),
    body,
  });
  return {
    status: response.status,
    json: (await response.json()) as GraphQLResponse<Record<string, unknown>>,
  };
}

/**
 * Posts a raw body on a connection of its own, closed after the answer: for bodies the server
 * refuses before reading them through, which would leave a pooled keep-alive connection
 * holding the unread rest.
 */
export function postOnce(
  server: Client,
  body: string,
): Promise<{ status: number; json: GraphQLResponse<Record<string, unknown>> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      server.url,
      {
        method: 'POST',
        agent: false,
        headers: { ...requestHeaders(server), 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(text) as GraphQLResponse<Record<string, unknown>>,
            });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      },
    );
    // The server may stop reading once it has answered; the answer is what counts.
    req.on('error', () => undefined);
    req.end(body);
  });
}

/** Exact sum of 万元 figures with at most 2 decimals (in hundredths, so no float drift). */
export function wanSum(...values: number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}

/** a − b of 万元 figures with at most 2 decimals, exactly. */
export function wanDiff(a: number, b: number): number {
  return (Math.round(a * 100) - Math.round(b * 100)) / 100;
}

/**
 * Runs `work` and checks it wrote nothing: every table's row count is unchanged, but for the
 * audit trail, which gains exactly `audited` rows (a refused mutation is audited; a request
 * refused before execution is not).
 */
export async function expectNothingWritten<T>(
  db: Db,
  work: () => Promise<T>,
  audited = 0,
): Promise<T> {
  const before = await tableCounts(db);
  const auditBefore = await auditCount(db);
  const result = await work();
  expect(await tableCounts(db)).toEqual(before);
  expect(await auditCount(db)).toBe(auditBefore + audited);
  return result;
}
