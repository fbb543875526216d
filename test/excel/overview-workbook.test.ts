/**
 * The overview as one workbook (GET /export/overview.xlsx) on the sample data: one sheet per
 * card, each headed by the filters and the as-of date; amounts as numbers, fractions as real
 * percentage cells; a region that has not reported is blank and says so, never zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSampleData } from '../../server/services/sample-data.service.ts';
import { startTestServer, type TestServer } from '../helpers/graphql.ts';
import { open } from './support.ts';

describe('the overview workbook', () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer((db) => addSampleData(db));
    origin = new URL(server.url).origin;
  });
  afterAll(() => server.close());

  const download = async (query: string) => {
    const response = await fetch(`${origin}/export/overview.xlsx?${query}`, {
      headers: { cookie: server.cookie ?? '' },
    });
    expect(response.status).toBe(200);
    return await open(Buffer.from(await response.arrayBuffer()));
  };

  it('has one sheet per card, each naming the filters and the as-of date', async () => {
    const workbook = await download('year=2022&month=10');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '各地区执行进度',
      '未支出金额',
      '月度趋势',
    ]);
    for (const ws of workbook.worksheets) {
      expect(ws.getCell('A2').value).toBe(
        '筛选：年度 2022；截至 10 月；资金项目 全部；地区 昌吉回族自治州',
      );
      expect(ws.getCell('A3').value as string).toMatch(
        /^数据截至 2022-10-31（2022年10月末）；导出于 /,
      );
    }
  });

  it('writes amounts as numbers and progress as percentage cells; 未报送 stays blank', async () => {
    const ws = (await download('year=2022&month=10&card=regions')).getWorksheet('各地区执行进度');
    if (!ws) throw new Error('sheet missing');
    expect([5, 6].map((r) => ws.getCell(r, 1).value)).toEqual(['地区', '昌吉市']);
    // 昌吉市 col 2 = 1485, 奇台县 2295 (the seed notice); 奇台县 has not filed October.
    const row = (name: string) => {
      for (let r = 6; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === name) return r;
      throw new Error(`${name} missing`);
    };
    const changji = row('昌吉市');
    expect(ws.getCell(changji, 2).value).toBe(1485);
    const spent = ws.getCell(changji, 3).value as number;
    const progress = ws.getCell(changji, 5);
    expect(progress.numFmt).toBe('0.0%');
    expect(progress.value as number).toBeCloseTo(spent / 1485, 6);
    expect(ws.getCell(changji, 6).value).toBeCloseTo(10 / 12, 6);
    const qitai = row('奇台县');
    expect([
      ws.getCell(qitai, 2).value,
      ws.getCell(qitai, 3).value,
      ws.getCell(qitai, 7).value,
    ]).toEqual([2295, null, '未报送']);
    expect(ws.getCell(ws.rowCount, 1).value).toBe('合计（昌吉回族自治州）');
    expect(ws.getCell(ws.rowCount, 2).value).toBe(11438);
  });

  it('refuses an unknown card', async () => {
    const response = await fetch(`${origin}/export/overview.xlsx?year=2022&month=10&card=nope`, {
      headers: { cookie: server.cookie ?? '' },
    });
    expect(response.status).toBe(400);
  });
});
