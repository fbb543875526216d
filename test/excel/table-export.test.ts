/**
 * POST /export/table.xlsx: a dashboard table becomes a one-sheet workbook with amounts as exact
 * numbers and fractions as percentage cells; anything not shaped like a table is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { tableBody, tableCsv, type ExportTable } from '../../web/src/lib/table-export.ts';
import { open, sheetOf } from './support.ts';

const TABLE: ExportTable = {
  title: '地区详情 昌吉市',
  name: '资金分配（附件1 分配表）',
  filters: '筛选：年度 2022；截至 10 月；地区 昌吉市',
  columns: ['地区', '全年合计', '支出进度', '说明'],
  rows: [
    ['昌吉市', { wan: 1485.123456 }, { fraction: 0.8336 }, '=SUM(A1)'],
    ['奇台县', { wan: null }, { fraction: undefined }, undefined],
  ],
};

describe('a dashboard table as a workbook', () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer();
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.close());

  const post = (body: string, type = 'application/json') =>
    fetch(`${origin}/export/table.xlsx`, {
      method: 'POST',
      headers: { 'content-type': type, cookie: server.cookie ?? '' },
      body,
    });

  it('keeps every decimal of an amount and writes fractions as percentage cells', async () => {
    const response = await post(tableBody(TABLE));
    expect(response.status).toBe(200);
    expect(
      decodeURIComponent(response.headers.get('content-disposition')?.split("''")[1] ?? ''),
    ).toBe('地区详情 昌吉市 资金分配（附件1 分配表）.xlsx');
    const ws = sheetOf(await open(Buffer.from(await response.arrayBuffer())));
    expect(ws.name).toBe('资金分配（附件1 分配表）');
    expect(ws.getCell('A2').value).toBe('筛选：年度 2022；截至 10 月；地区 昌吉市');
    expect(ws.getCell('B6').value).toBe(1485.123456);
    expect(ws.getCell('B6').numFmt).toBe('#,##0.000000');
    expect([ws.getCell('C6').value, ws.getCell('C6').numFmt]).toEqual([0.8336, '0.0%']);
    // Text stays text in a workbook: no formula is made of it.
    expect(ws.getCell('D6').value).toBe('=SUM(A1)');
    expect([ws.getCell('B7').value, ws.getCell('C7').value]).toEqual([null, null]);
  });

  it('exports whatever the importer accepted: a 3,000-character indicator name (finding 12)', async () => {
    const name = '困难群众'.repeat(750);
    const response = await post(tableBody({ ...TABLE, rows: [[name, { wan: 1 }, null, null]] }));
    expect(response.status).toBe(200);
    const ws = sheetOf(await open(Buffer.from(await response.arrayBuffer())));
    expect(ws.getCell('A6').value).toBe(name);
  });

  it('the same table as CSV', () => {
    expect(tableCsv(TABLE)).toBe(
      "\uFEFF地区,全年合计,支出进度,说明\r\n昌吉市,1485.123456,83.36%,'=SUM(A1)\r\n奇台县,,,\r\n",
    );
  });

  it('refuses what is not a table, an amount finer than the fen, and a plain form post', async () => {
    expect((await post('{"title":"x"}')).status).toBe(400);
    const tooFine = { ...TABLE, rows: [['x', { wan: 1.0000001 }]] };
    const refused = await post(tableBody(tooFine));
    expect([refused.status, await refused.text()]).toEqual([
      400,
      expect.stringMatching(/^TABLE_INVALID: rows\.0\.1: /) as unknown,
    ]);
    expect((await post('title=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect(
      (await fetch(`${origin}/export/table.xlsx`, { headers: { cookie: server.cookie ?? '' } }))
        .status,
    ).toBe(405);
    // Signed out, nothing: downloads are for signed-in users.
    expect((await fetch(`${origin}/export/table.xlsx`)).status).toBe(401);
  });
});
