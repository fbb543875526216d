/**
 * Notices written to attack the importer (test/fixtures/attack/), unlike the project's own
 * fixtures in province, level, unit, layout and garbling. Every expected figure is worked out
 * by hand below from the fixture's text (元 × 100 = fen; 万元 × 1,000,000; 亿元 × 10^10).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpretNotice } from '../../server/importer/interpret-notice.ts';
import { readDocument } from '../../server/importer/readers/read-document.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';

const ATTACK = path.resolve(import.meta.dirname, '../fixtures/attack');

async function read(name: string): Promise<ParsedNotice> {
  return interpretNotice(
    await readDocument(readFileSync(path.join(ATTACK, name)), { fileName: name }),
  );
}

/** [written name, region key, annual total, early advance, prior batches, this batch, subtotal]. */
type Row = [string, string, number | null, number | null, number | null, number, boolean];

const rowsOf = (n: ParsedNotice): Row[] =>
  n.allocations.map((a) => [
    a.writtenName,
    a.regionKey,
    a.annualTotal,
    a.earlyAdvance,
    a.priorBatches,
    a.thisBatch,
    a.isSubtotal,
  ]);

describe('天水市 2023 第三批: a web page saved as text, one cell per line, 元 with separators', () => {
  // Layout: every cell on its own line with blank lines between, the table's title wrapped over
  // two lines with a blank line between (`…补助资金` / `分配表`), 【】 in the number, a 〇 date,
  // a clawback (清水县 −200,000.00 元).
  // Hand arithmetic (元): 已下达 12,345,678.90 + 10,000,000.00 + 5,432,100.00 + 7,654,321.00
  //   + 6,000,000.00 + 4,500,000.00 + 3,210,000.00 = 49,142,099.90;
  // 本次 1,234,567.10 + 2,500,000.50 − 200,000.00 + 345,679.00 + 1,000,000.00 + 500,000.25
  //   + 790,000.00 = 6,170,246.85; 合计 49,142,099.90 + 6,170,246.85 = 55,312,346.75, which is
  //   also the sum of the 全年合计 column (13,580,246.00 + … + 4,000,000.00).
  it('reads every row to the fen, the header, and the program name without its batch', async () => {
    const n = await read('tianshui-2023-batch3-notice.txt');
    expect(n.header.number).toBe('天市财社〔2023〕45号');
    expect(n.header.issuerRegion).toBe('天水市');
    expect(n.header.issuedOn).toBe('2023-09-15');
    expect(n.header.year).toBe(2023);
    expect(n.header.batch).toBe(3);
    expect(n.header.upstreamNumber).toBe('甘财社〔2023〕88号');
    expect(n.header.programName).toBe('困难群众救助补助资金');
    expect(n.allocationTable.unit).toBe('元');
    expect(n.allocationTable.columns.map((c) => c.role)).toEqual([
      'annualTotal',
      'priorBatches',
      'thisBatch',
    ]);
    expect(rowsOf(n)).toEqual([
      ['秦州区', '秦州区', 1_358_024_600, null, 1_234_567_890, 123_456_710, false],
      ['麦积区', '麦积区', 1_250_000_050, null, 1_000_000_000, 250_000_050, false],
      ['清水县', '清水县', 523_210_000, null, 543_210_000, -20_000_000, false],
      ['秦安县', '秦安县', 800_000_000, null, 765_432_100, 34_567_900, false],
      ['甘谷县', '甘谷县', 700_000_000, null, 600_000_000, 100_000_000, false],
      ['武山县', '武山县', 500_000_025, null, 450_000_000, 50_000_025, false],
      ['张家川回族自治县', '张家川回族自治县', 400_000_000, null, 321_000_000, 79_000_000, false],
      ['合计', '天水市', 5_531_234_675, null, 4_914_209_990, 617_024_685, true],
    ]);
    expect(n.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
  });
});
