/**
 * Short notices of our own for the chain tests, in the seed's text layout (a header with the
 * issuing bureaus, the number, the title naming the batch, a body naming the upstream notice,
 * the date, and 附件1 the allocation table), so the real importer reads them.
 */

export interface ChainNoticeSpec {
  /** The issuing region as its finance bureau is named (新疆维吾尔自治区, 塔城地区). */
  issuer: string;
  number: string;
  upstreamNumber: string;
  year: number;
  /** 提前下达, 第一批 … written in the title. */
  batch: string;
  issuedOn: string;
  /** The name of the first (total) row: 合计 or the issuer's own name. */
  totalRow?: string;
  /**
   * Rows: [name, 全年, 提前, 此次] for a table with the three columns, or [name, 此次] for a
   * table of this batch's money alone. Amounts in 万元. The total row is added.
   */
  rows: [string, ...number[]][];
}

export function chainNotice(spec: ChainNoticeSpec): string {
  const [y, m, d] = spec.issuedOn.split('-').map(Number);
  const date = `${y}年${m}月${d}日`;
  const threeColumns = (spec.rows[0]?.length ?? 0) === 4;
  const width = threeColumns ? 3 : 1;
  const totals = Array.from({ length: width }, (_, c) =>
    spec.rows.reduce((s, r) => s + Number(r[c + 1] ?? 0), 0),
  );
  const title = `关于拨付 ${spec.year} 年中央财政困难群众救助补助资金（${spec.batch}）的通知`;
  return [
    '',
    `# ${spec.issuer}财政局`,
    '',
    `# ${spec.issuer}民政局`,
    '',
    spec.number,
    '',
    `## ${title}`,
    '',
    '各有关财政局、民政局：',
    '',
    `根据《关于拨付 ${spec.year} 年中央财政困难群众救助补助资金的通知》（${spec.upstreamNumber}），现拨付 ${spec.year} 年困难群众救助补助资金（${spec.batch}），具体金额见附件。`,
    '',
    `附件：${spec.year}年困难群众救助补助资金（${spec.batch}）分配表`,
    '',
    `${spec.issuer}财政局`,
    '',
    date,
    '',
    '---',
    '',
    '附件1:',
    '',
    `## ${spec.year}年困难群众救助补助资金（${spec.batch}）分配表`,
    '',
    '单位：万元',
    '',
    threeColumns
      ? '单位名称\t中央全年实际下达资金合计\t其中：\t\n\t\t年初提前下达资金\t此次下达资金'
      : '单位名称\t此次下达资金',
    `${spec.totalRow ?? '合计'}\t${totals.join('\t')}`,
    ...spec.rows.map((r) => r.join('\t')),
    '',
  ].join('\n');
}
