/**
 * Notices of our own for the API tests, written with the seed's text structure (a header, the
 * 附件1 allocation table, one 附件3 target sheet per region, the 附件4 feedback form) so the
 * real importer reads them. Amounts are whole 万元 chosen by the caller; the issuing region's
 * row and sheet carry the sum of its counties, so a generated notice reconciles.
 */

export interface NoticeCounty {
  name: string;
  /** Col 3 年初提前下达资金 and col 4 此次下达资金, whole 万元; col 2 is their sum. */
  early: number;
  thisBatch: number;
}

export interface NoticeSpec {
  /** The issuing region as its finance bureau is named, e.g. 塔城地区. */
  issuer: string;
  /** Its short form in sheet titles, e.g. 塔城地区 or 伊犁州. */
  issuerShort?: string;
  number: string;
  upstreamNumber: string;
  year: number;
  /** 第一批 … */
  batch: string;
  issuedOn: { month: number; day: number };
  counties: NoticeCounty[];
  /** The sheets' indicators (name, level 2, target): GENERATED_INDICATORS unless given. */
  indicators?: [string, string, string][];
}

/** The indicators every generated sheet sets: name, level 1 cell, level 2 cell, target. */
export const GENERATED_INDICATORS: [string, string, string][] = [
  ['低保对象人数', '数量指标', '应保尽保'],
  ['城乡低保标准', '质量指标', '不低于上年'],
  ['困难群众基本生活救助按时发放率', '时效指标', '≥95%'],
  ['困难群众生活水平情况', '社会效益', '有所提升'],
  ['救助对象对社会救助实施的满意度', '服务对象满意度指标', '≥88%'],
];

const LEVEL1: Record<string, string> = {
  数量指标: '产出指标',
  社会效益: '效益指标',
  服务对象满意度指标: '满意度指标',
};

export const annualOf = (c: NoticeCounty) => c.early + c.thisBatch;

function sheet(spec: NoticeSpec, writtenRegion: string, total: number): string[] {
  const rows = (spec.indicators ?? GENERATED_INDICATORS).map(([name, level2, target]) => {
    const level1 = LEVEL1[level2] ?? '';
    return `${level1}\t${level2}\t${name}\t\t${target}`;
  });
  return [
    '附件3：',
    '',
    '## 中央对地方转移支付区域绩效目标表',
    '',
    `(${spec.year}年${writtenRegion})`,
    '',
    '项目名称\t\t困难群众救助补助资金\t\t',
    '自治区主管部门\t\t自治区民政厅\t\t',
    '地级财政部门\t\t各地(州、市)财政部门\t地级主管部门\t各地(州、市)民政部门',
    `资金情况(万元)\t\t下达资金总额:\t\t${total}`,
    `\t\t其中:中央财政补助\t\t${total}`,
    '\t\t地方资金\t\t',
    '年度总体目标\t1. 规范城乡低保政策实施，使低保对象基本生活得到有效保障。 2. 规范实施临时救助政策，实现及时高效、救急解难。\t\t\t',
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
    ...rows,
    '',
  ];
}

/** The text of a notice allocating to `spec.counties`, with a target sheet for each region. */
export function buildNotice(spec: NoticeSpec): string {
  const { year } = spec;
  const total = spec.counties.reduce((sum, c) => sum + annualOf(c), 0);
  const early = spec.counties.reduce((sum, c) => sum + c.early, 0);
  const batch = spec.counties.reduce((sum, c) => sum + c.thisBatch, 0);
  const title = `关于拨付 ${year} 年中央财政困难群众救助补助资金（${spec.batch}）的通知`;
  const date = `${year}年${spec.issuedOn.month}月${spec.issuedOn.day}日`;
  return [
    '',
    `# ${spec.issuer}财政局`,
    '',
    '## 文件',
    '',
    `# ${spec.issuer}民政局`,
    '',
    spec.number,
    '',
    `## ${title}`,
    '',
    '各县（市）财政局、民政局：',
    '',
    `为做好困难群众救助工作，根据《关于拨付 ${year} 年中央财政困难群众救助补助资金（${spec.batch}）的通知》（${spec.upstreamNumber}）精神，现拨付你县（市）${year} 年困难群众救助补助资金（${spec.batch}）预算指标，具体金额见附件。`,
    '',
    `一、此次下达的中央财政补助资金，主要用于低保、特困人员救助供养、临时救助、流浪乞讨人员救助、孤儿基本生活保障支出。该项收入列入 ${year} 年政府收支分类科目 1100248 “社会保障和就业共同财政事权转移支付收入” 科目；支出列入“208 类社会保障和就业支出”科目。`,
    '',
    '二、此次下达资金纳入直达资金管理，直达资金标识为“01 中央直达资金”。',
    '',
    `附件：1. ${year}年困难群众救助补助资金（${spec.batch}）分配表`,
    '',
    '2. 中央对地方转移支付区域绩效目标表',
    '',
    '3. 财政资金使用跟踪反馈表',
    '',
    `${spec.issuer}财政局`,
    '',
    date,
    '',
    '---',
    '',
    `${spec.issuer}财政局`,
    '',
    `${date}印发`,
    '',
    '附件1:',
    '',
    `## ${year}年困难群众救助补助资金（${spec.batch}）分配表`,
    '',
    '单位：万元',
    '',
    '单位名称\t中央全年实际下 达资金合计\t其中：\t',
    '\t\t年初提前 下达资金\t此次下达资 金',
    '1\t2\t3\t4',
    `${spec.issuer}\t${total}\t${early}\t${batch}`,
    ...spec.counties.map((c) => `${c.name}\t${annualOf(c)}\t${c.early}\t${c.thisBatch}`),
    '',
    ...sheet(spec, spec.issuerShort ?? spec.issuer, total),
    ...spec.counties.flatMap((c) => sheet(spec, c.name, annualOf(c))),
    '附件4:',
    '',
    '## 自治区财政资金使用跟踪反馈表',
    '',
    '地、州、市（单位）名称：',
    '',
    '单位：万元',
    '',
    '序号\t收到的财政专项资金名称\t文 号\t资金金额\t实际支出金额\t资金支出方向\t未支出金额\t实际支出进度\t未按计划或预算执行要求 支出的原因\t整改措施及整改时间',
    '合计\t\t\t\t\t\t\t\t\t',
    '1\t\t\t\t\t\t\t\t\t',
    '',
    '说明：1、地、州、市（单位）根据实际收到财政专项资金情况自行添加行（勿修改表格格式）。',
    '',
  ].join('\n');
}

const PLACES = '东西南北中上下前后左右新老大小'.split('');
const KINDS = '山河湖泉林川原岭'.split('');

/** `n` distinct county names (东山县, 西山县, …) that no real notice is likely to use. */
export function countyNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length] ?? '';
    const kind = KINDS[Math.floor(i / PLACES.length) % KINDS.length] ?? '';
    return `${place}${kind}县`;
  });
}
