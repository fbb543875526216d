/**
 * A table whose cells were run together with nothing between them (a web page saved as one
 * line): `单位二级项目名称…金额备注武江区中央财政…支出7,850,000.00浈江区…`. The header is the run
 * of known column words at the start; each row ends with an amount written with thousands
 * separators or two decimals (so a glued subject code such as 2300248 is never taken for one);
 * its name is the shortest region, department or total name at its start.
 */
const HEADER_WORDS = [
  '单位名称',
  '地区名称',
  '县区名称',
  '二级项目名称',
  '一级项目名称',
  '项目名称',
  '功能分类科目',
  '经济分类科目',
  '支出功能分类科目',
  '科目编码',
  '科目名称',
  '分配金额',
  '下达金额',
  '补助金额',
  '补助资金',
  '金额',
  '备注',
  '序号',
  '单位',
  '地区',
  '县区',
  '县市',
  '市县',
  '区县',
];

const GLUED_AMOUNT = /[+\-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})(?!\d)/gu;
const ROW_NAME =
  /^(?:合计|总计|[\u4e00-\u9fff]{1,10}?(?:小计|本级|自治县|自治州|区|县|市|旗|州|盟|镇|乡|街道|局|委))/u;

function headerWords(text: string): { words: string[]; rest: string } {
  const words: string[] = [];
  let rest = text;
  for (;;) {
    const word = HEADER_WORDS.find((w) => rest.startsWith(w));
    if (!word) return { words, rest };
    words.push(word);
    rest = rest.slice(word.length);
  }
}

/** Column words of a table with several figure columns (全年合计 | 已下达 | 本次下达). */
const FIGURE_HEADERS = [
  '全年合计',
  '全年下达',
  '年初提前下达',
  '提前下达',
  '前期已下达',
  '已经下达',
  '已下达',
  '本次下达',
  '此次下达',
];
const NAME_HEADERS = ['地区', '县区', '县市', '市县', '区县', '单位', '单位名称', '地区名称'];
const SPACED_AMOUNT = '[+\\-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/**
 * `县区全年合计已下达本次下达秦州区13,580,246.00 12,345,678.90 1,234,567.10麦积区…`: a name
 * header, several figure headers, then each row a name glued to its figures, the figures one
 * space apart (figures glued to each other are ambiguous: not read).
 */
export function gluedFigureRows(text: string): string[][] | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const nameHeader = NAME_HEADERS.find((w) => flat.startsWith(w));
  if (!nameHeader) return null;
  const header = [nameHeader];
  let rest = flat.slice(nameHeader.length).trimStart();
  for (;;) {
    const word = FIGURE_HEADERS.find((w) => rest.startsWith(w));
    if (!word) break;
    header.push(word);
    rest = rest.slice(word.length).trimStart();
  }
  const k = header.length - 1;
  if (k < 2) return null;
  const row = new RegExp(
    `([^\\d\\s,.+\\-−]{2,24}?)\\s*${Array.from({ length: k }, () => `(${SPACED_AMOUNT})`).join('\\s+')}(?![\\d,.])`,
    'gu',
  );
  const rows: string[][] = [header];
  let at = 0;
  for (const m of rest.matchAll(row)) {
    // Rows follow each other with nothing between them.
    if (m.index !== at) return null;
    rows.push(m.slice(1).map((c) => c ?? ''));
    at = m.index + m[0].length;
    while (rest[at] === ' ') at += 1;
  }
  return rows.length > 2 && at >= rest.length ? rows : null;
}

/** Rows of cells, the header first; null when the text is not such a table. */
export function gluedTable(text: string): string[][] | null {
  const figures = gluedFigureRows(text);
  if (figures) return figures;
  const { words, rest } = headerWords(text.replace(/\s+/g, ''));
  if (words.length < 2) return null;
  const amountAt = Math.max(
    1,
    words.findIndex((w) => /(金额|资金)/.test(w)),
  );
  const rows: string[][] = [words];
  let start = 0;
  const pieces: string[] = [];
  for (const m of rest.matchAll(GLUED_AMOUNT)) {
    pieces.push(rest.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < rest.length) pieces.push(rest.slice(start));
  for (const piece of pieces) {
    const amount = [...piece.matchAll(GLUED_AMOUNT)].at(-1);
    const endsWithAmount = amount !== undefined && amount.index + amount[0].length === piece.length;
    const shortest = ROW_NAME.exec(piece)?.[0];
    // With no column between name and amount, the name runs up to the amount (`秦州区`, not
    // the shortest region name `秦州`).
    const name =
      shortest && amountAt <= 1 && endsWithAmount ? piece.slice(0, amount.index) : shortest;
    if (!name) continue;
    const middle = piece.slice(name.length, endsWithAmount ? amount.index : piece.length);
    const row = Array.from({ length: words.length }, () => '');
    row[0] = name;
    if (amountAt > 1) row[1] = middle;
    if (endsWithAmount) row[amountAt] = amount[0];
    rows.push(row);
  }
  return rows.length > 1 ? rows : null;
}
