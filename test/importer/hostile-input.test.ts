/**
 * Hostile and careless input at the edge: every case is refused with a message naming the
 * row and cell, or read correctly (said in a warning where something was dropped), quickly.
 * Never a row that silently vanishes.
 */
import { describe, expect, it } from 'vitest';
import { interpretNotice } from '../../server/importer/interpret-notice.ts';
import { readDocument } from '../../server/importer/readers/read-document.ts';
import type { ParsedNotice } from '../../server/importer/types.ts';
import { zipOf } from './readers/build-files.ts';

/** A notice of 测试州 whose allocation table (tab-separated, 万元) starts on line 9. */
const notice = (rows: string): string =>
  [
    '测试州财政局',
    '测财社〔2024〕1号',
    '测试州财政局关于下达2024年第一批中央财政困难群众救助补助资金的通知',
    '根据《关于下达2024年资金的通知》（上财社〔2024〕9号），现下达。',
    '附件',
    '2024年第一批困难群众救助补助资金分配表',
    '单位：万元',
    '地区\t全年合计\t此次下达',
    rows,
  ].join('\n');

async function read(text: string): Promise<ParsedNotice> {
  return interpretNotice(await readDocument(Buffer.from(text)));
}

async function refusal(text: string): Promise<string> {
  const started = Date.now();
  const error = await read(text).then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error?.name).toBe('NoticeFormatError');
  return error?.message ?? '';
}

describe('amounts that are no amounts are refused by their cell, never skipped', () => {
  // Before the fix the 甲县 row went into the table's header (it came before the first
  // readable row) or was skipped, and the import went on without it.
  for (const bad of ['1e309', '--5', 'NaN', 'Infinity', '0x10', '3%']) {
    it(`"${bad}"`, async () => {
      const message = await refusal(notice(`甲县\t${bad}\t${bad}\n乙县\t5\t5\n合计\t5\t5`));
      expect(message).toBe(
        `line 9: allocation table row for 甲县 全年合计: "${bad}" is not an amount`,
      );
    });
  }

  it('in a row after readable ones too', async () => {
    const message = await refusal(notice('乙县\t5\t5\n甲县\t--5\t--5\n合计\t5\t5'));
    expect(message).toContain('line 10: allocation table row for 甲县 全年合计: "--5"');
  });

  it('commas that are not thousands separators (a decimal comma: 12,5)', async () => {
    const message = await refusal(notice('甲县\t12,5\t12,5\n乙县\t5\t5\n合计\t17.5\t17.5'));
    expect(message).toContain('line 9: allocation table, 甲县 全年合计: "12,5" has commas');
  });

  it('more decimals than the unit holds, and more digits than fen can hold exactly', async () => {
    expect(await refusal(notice('甲县\t3.1234567\t3.1234567\n合计\t3\t3'))).toContain(
      '3.1234567 has 7 decimals; 万元 amounts are exact to 6',
    );
    expect(
      await refusal(notice('甲县\t99999999999999999999\t1\n乙县\t1\t1\n合计\t2\t2')),
    ).toContain('is too large to hold exactly');
  });

  it('reads full-width digits with separators and four decimals: １２,３４５.６７８９ 万元', async () => {
    // 12,345.6789 万元 × 1,000,000 = 12,345,678,900 fen; 合计 12,345.6789 + 5 = 12,350.6789.
    const n = await read(
      notice(
        '甲县\t１２,３４５.６７８９\t１２,３４５.６７８９\n乙县\t5\t5\n合计\t12350.6789\t12350.6789',
      ),
    );
    expect(n.allocations.map((a) => [a.regionKey, a.thisBatch])).toEqual([
      ['甲县', 12_345_678_900],
      ['乙县', 5_000_000],
      ['测试州', 12_350_678_900],
    ]);
  });
});

describe('empty cells where amounts belong', () => {
  it('a region with no amounts at all is reported by its row, even as the first row', async () => {
    const n = await read(notice('甲县\t\t\n乙县\t5\t5\n合计\t5\t5'));
    expect(n.allocations.map((a) => a.regionKey)).toEqual(['乙县', '测试州']);
    expect(n.warnings.find((w) => w.code === 'ALLOCATION_ROW_SKIPPED')?.message).toContain(
      '分配表第9行「甲县」没有金额',
    );
  });
});

describe('names', () => {
  it('a name of 3,000 characters with amounts is refused, the message cut short', async () => {
    const message = await refusal(notice(`${'甲'.repeat(3000)}县\t3\t3\n乙县\t5\t5\n合计\t8\t8`));
    expect(message).toContain('line 9: allocation table row "甲甲');
    expect(message).toContain('(3001 characters)');
    expect(message).toContain('its name is 3001 characters long');
    expect(message.length).toBeLessThan(200);
  });

  for (const [what, mark] of [
    ['a bidi override (U+202E)', '\u202E'],
    ['a zero-width space', '\u200B'],
    ['a control character (BEL)', '\u0007'],
  ] as const) {
    it(`${what} in a region's name is dropped and said`, async () => {
      const n = await read(notice(`甲${mark}县\t3\t3\n乙县\t5\t5\n合计\t8\t8`));
      expect(n.allocations.map((a) => a.regionKey)).toEqual(['甲县', '乙县', '测试州']);
      expect(n.regions.map((r) => r.key)).toContain('甲县');
      const warning = n.warnings.find((w) => w.code === 'INVISIBLE_CHARACTERS');
      expect(warning?.message).toContain('1 个不可见字符');
      expect(warning?.message).toContain('第9行「甲县」');
    });
  }
});

describe('a short notice all on one line', () => {
  it('is cut after its sentences and at its table title, like a long one', async () => {
    // 甲县 1 + 乙县 2 = 3 = 合计 (万元).
    const n = await read(
      '测试州财政局关于下达2024年测试资金的通知。根据有关规定，现下达资金，请按规定使用。附件：2024年测试资金分配表 单位：万元 地区 金额 甲县 1 乙县 2 合计 3',
    );
    expect(n.header.title).toBe('测试州财政局关于下达2024年测试资金的通知');
    expect(n.header.issuerRegion).toBe('测试州');
    expect(n.allocations.map((a) => [a.regionKey, a.thisBatch])).toEqual([
      ['甲县', 1_000_000],
      ['乙县', 2_000_000],
      ['测试州', 3_000_000],
    ]);
  });
});

describe('a .docx zip bomb', () => {
  /** word/document.xml of 64 MB of spaces: deflates to about 64 KB (a ratio near 1,000). */
  function bomb(): Buffer {
    const xml = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
      ),
      Buffer.alloc(64 * 1024 * 1024, 0x20),
    ]);
    return zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': xml });
  }

  /** Rewrites the declared inflated size of `part` in its local and central headers. */
  function declare(zip: Buffer, part: string, size: number): Buffer {
    for (let i = 0; i < zip.length - 46; i += 1) {
      const signature = zip.readUInt32LE(i);
      if (signature === 0x04034b50) {
        const name = zip.toString('latin1', i + 30, i + 30 + zip.readUInt16LE(i + 26));
        if (name === part) zip.writeUInt32LE(size, i + 22);
      } else if (signature === 0x02014b50) {
        const name = zip.toString('latin1', i + 46, i + 46 + zip.readUInt16LE(i + 28));
        if (name === part) zip.writeUInt32LE(size, i + 24);
      }
    }
    return zip;
  }

  it('is refused by its declared ratio before inflating', async () => {
    const started = Date.now();
    const error = await readDocument(bomb()).catch((e: unknown) => e as Error);
    expect(Date.now() - started).toBeLessThan(3000);
    expect((error as Error).message).toContain('压缩包解压后过大或部件过多（word/document.xml）');
  });

  it('is refused while inflating when its headers lie about its size', async () => {
    const started = Date.now();
    const error = await readDocument(declare(bomb(), 'word/document.xml', 100_000)).catch(
      (e: unknown) => e as Error,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect((error as Error).name).toBe('DocumentReadError');
    expect((error as Error).message).toContain('压缩包文件已损坏或不完整');
  });
});

describe('figure columns that are no money', () => {
  const table = (rows: string): string =>
    [
      '测试州财政局',
      '测财社〔2024〕1号',
      '测试州财政局关于下达2024年第一批中央财政困难群众救助补助资金的通知',
      '附件',
      '2024年第一批困难群众救助补助资金分配表',
      rows,
    ].join('\n');

  it('保障人数（人） beside the money is not read as 1,200 万元', async () => {
    // 30.5 + 20 = 50.5 万元; the people (1200 + 800 = 2000) are no amount.
    const n = await read(
      table(
        '单位：人、万元\n地区\t保障人数（人）\t下达资金（万元）\n甲县\t1200\t30.5\n乙县\t800\t20\n合计\t2000\t50.5',
      ),
    );
    expect(n.allocationTable.columns.map((c) => c.header)).toEqual(['下达资金(万元)']);
    expect(n.allocations.map((a) => [a.regionKey, a.thisBatch, a.extras])).toEqual([
      ['甲县', 30_500_000, []],
      ['乙县', 20_000_000, []],
      ['测试州', 50_500_000, []],
    ]);
    expect(n.warnings.map((w) => w.code)).toContain('ALLOCATION_COLUMNS_NOT_MONEY');
  });

  it('a 序号 column and a 户数 column', async () => {
    const n = await read(
      table('单位：万元\n序号\t地区\t户数\t金额\n1\t甲县\t120\t3\n2\t乙县\t80\t2\n\t合计\t200\t5'),
    );
    expect(n.allocationTable.columns.map((c) => [c.index, c.header, c.role])).toEqual([
      [3, '金额', 'thisBatch'],
    ]);
    expect(n.allocations.map((a) => [a.regionKey, a.thisBatch, a.extras.length])).toEqual([
      ['甲县', 3_000_000, 0],
      ['乙县', 2_000_000, 0],
      ['测试州', 5_000_000, 0],
    ]);
  });
});

describe('a notice on one line with a table title right after 附件', () => {
  it('`附件2023年…分配表单位：元` is 附件 and a title with its year, not 附件 2023', async () => {
    const model = await readDocument(
      Buffer.from(
        '天水市财政局关于下达2023年第三批中央财政困难群众救助补助资金的通知。现下达你们资金，请按规定使用。天水市财政局2023年9月15日附件2023年第三批中央财政困难群众救助补助资金分配表单位：元县区金额秦州区1,234,567.10麦积区2,500,000.50合计3,734,567.60',
      ),
    );
    const texts = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('2023年第三批中央财政困难群众救助补助资金分配表');
    // 1,234,567.10 + 2,500,000.50 = 3,734,567.60 元.
    const n = interpretNotice(model);
    expect(n.allocations.map((a) => [a.regionKey, a.thisBatch])).toEqual([
      ['秦州区', 123_456_710],
      ['麦积区', 250_000_050],
      ['天水市', 373_456_760],
    ]);
  });
});

describe('a 10,000-row table glued on one line with three figure columns', () => {
  const name = (i: number) =>
    `县${String(i)
      .split('')
      .map((d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)])
      .join('')}区`;
  // Every row 3.00 = 1.00 + 2.00 元; 10,000 rows: 30,000.00 = 10,000.00 + 20,000.00.
  const text = (rows: string) =>
    `测试州财政局关于下达2024年测试资金的通知。现下达。附件2024年测试资金分配表单位：元地区全年合计已下达本次下达${rows}合计30,000.00 10,000.00 20,000.00`;
  const rows = Array.from({ length: 10_000 }, (_, i) => `${name(i)}3.00 1.00 2.00`).join('');

  it('reads every row in bounded time', async () => {
    const started = Date.now();
    const n = await read(text(rows));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(n.allocations).toHaveLength(10_001);
    expect(n.allocations.at(-1)).toMatchObject({
      regionKey: '测试州',
      annualTotal: 3_000_000,
      priorBatches: 1_000_000,
      thisBatch: 2_000_000,
    });
    expect(n.warnings.map((w) => w.code)).not.toContain('ALLOCATION_SUM_MISMATCH');
  });

  it('figures glued to each other are refused, never read as names such as 2.00县乙区3.00', async () => {
    const error = await read(text(rows.replace('3.00 1.00', '3.001.00'))).catch(
      (e: unknown) => e as Error,
    );
    expect((error as Error).name).toBe('NoticeFormatError');
  });
});
