/**
 * A province's notice whose table already lists a city's counties under `X市小计`, and then
 * the city's own notice passing the same money on. Worked by hand from
 * test/fixtures/attack/henan-2025-advance-notice.txt (亿元): 郑州市小计 0.6801 亿元 = 6801 万元
 * = 郑州市本级 1334 + 中牟县 2567 + 巩义市 2900. 郑州市's own notice (our writing) gives the same
 * figures. Counted once: 中牟县 2567, 巩义市 2900, 郑州市 6801, 河南省 13634 — not more.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { TEST_ACTOR } from '../helpers/db.ts';
import { execute, startTestServer, type TestServer } from '../helpers/graphql.ts';
import { ExecutionDocument } from '../graphql/generated/graphql.ts';
import { chainNotice } from './chain-notices.ts';

const PROVINCE = readFileSync(
  new URL('../fixtures/attack/henan-2025-advance-notice.txt', import.meta.url),
  'utf8',
);
const CITY = chainNotice({
  issuer: '郑州市',
  totalRow: '郑州市',
  number: '郑财社〔2025〕8号',
  upstreamNumber: '豫财社〔2025〕33号',
  year: 2025,
  batch: '第一批',
  issuedOn: '2025-03-20',
  rows: [
    ['市本级', 1334, 1234, 100],
    ['中牟县', 2567, 2000, 567],
    ['巩义市', 2900, 3000, -100],
  ],
});

describe('a province notice listing a city’s counties, then the city’s own notice', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(async (db) => {
      await importNotice(db, { text: PROVINCE, sourceName: 'henan', actor: TEST_ACTOR });
      await importNotice(db, { text: CITY, sourceName: 'zhengzhou', actor: TEST_ACTOR });
    });
  });
  afterAll(() => server.close());

  const allocated = async (region: string) =>
    (await execute(server, ExecutionDocument, { year: 2025, month: 12, region })).execution
      ?.allocated;

  it('counts each county once', async () => {
    expect(await allocated('中牟县')).toBe(2567);
    expect(await allocated('巩义市')).toBe(2900);
    expect(await allocated('郑州市')).toBe(6801);
    expect(await allocated('河南省')).toBe(13634);
  });
});
