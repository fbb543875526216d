/**
 * The text of a prefecture's notice allocating one fund to its counties, in the structure real
 * notices have (header, 附件1 allocation table, 附件3 target sheets, 附件4 feedback form), so the
 * product's own importer reads it. Amounts are fen, written as exact 万元 decimals.
 */
import { fenToWanString, type Fen } from '../../server/domain/money.ts';

export interface NoticeCounty {
  name: string;
  early: Fen;
  thisBatch: Fen;
}

export interface NoticeSpec {
  issuer: string;
  number: string;
  upstreamNumber: string;
  fund: string;
  year: number;
  batch: '第一批' | '第二批';
  counties: NoticeCounty[];
  /** `${year}年M月D日`; 3月1日 when not given. */
  issuedOn?: string;
  /** The issuer's finance bureau: 财政局 (a prefecture) or 财政厅 (a province). */
  bureau?: '财政局' | '财政厅';
  /** Target sheets per region (a province's notice to its prefectures has none). */
  sheets?: boolean;
}

/** Name, level 2 as the sheet writes it, target: the indicators every sheet sets. */
export const BENCH_INDICATORS: [string, string, string][] = [
  ['补助对象人数', '数量指标', '应保尽保'],
  ['补助标准', '质量指标', '不低于上年'],
  ['资金按时发放率', '时效指标', '≥95%'],
  ['补助对象生活水平情况', '社会效益', '有所提升'],
  ['补助对象满意度', '服务对象满意度指标', '≥88%'],
];

const LEVEL1: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  社会效益: '效益指标',
  服务对象满意度指标: '满意度指标',
};

const wan = (amount: number) => fenToWanString(amount as Fen);

function sheet(spec: NoticeSpec, region: string, total: number): string[] {
  return [
    '附件3：',
    '## 中央对地方转移支付区域绩效目标表',
    `(${spec.year}年${region})`,
    `项目名称\t\t${spec.fund}\t\t`,
    '自治区主管部门\t\t省主管部门\t\t',
    '地级财政部门\t\t各县财政部门\t地级主管部门\t各县主管部门',
    `资金情况(万元)\t\t下达资金总额:\t\t${wan(total)}`,
    `\t\t其中:中央财政补助\t\t${wan(total)}`,
    '\t\t地方资金\t\t',
    '年度总体目标\t1. 资金及时足额发放到位。 2. 补助对象基本生活得到保障。\t\t\t',
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
    ...BENCH_INDICATORS.map(
      ([name, level2, target]) => `${LEVEL1[level2] ?? ''}\t${level2}\t${name}\t\t${target}`,
    ),
    '',
  ];
}

export function noticeText(spec: NoticeSpec): string {
  const sum = (f: (c: NoticeCounty) => number) => spec.counties.reduce((s, c) => s + f(c), 0);
  const early = sum((c) => c.early);
  const batch = sum((c) => c.thisBatch);
  const title = `关于拨付 ${spec.year} 年中央财政${spec.fund}（${spec.batch}）的通知`;
  const bureau = spec.bureau ?? '财政局';
  const sheets = spec.sheets ?? true;
  return [
    `# ${spec.issuer}${bureau}`,
    '## 文件',
    spec.number,
    `## ${title}`,
    '各县财政局：',
    `根据《关于拨付 ${spec.year} 年中央财政${spec.fund}的通知》（${spec.upstreamNumber}）精神，现拨付你县${spec.fund}（${spec.batch}）预算指标，具体金额见附件。`,
    `一、此次下达的中央财政补助资金，主要用于低保、特困人员救助供养、临时救助、流浪乞讨人员救助、孤儿基本生活保障支出。该项收入列入 ${spec.year} 年政府收支分类科目 1100248 “社会保障和就业共同财政事权转移支付收入” 科目；支出列入“208 类社会保障和就业支出”科目。`,
    '二、此次下达资金纳入直达资金管理，直达资金标识为“01 中央直达资金”。',
    `附件：1. ${spec.year}年${spec.fund}（${spec.batch}）分配表`,
    `${spec.issuer}${bureau}`,
    spec.issuedOn ?? `${spec.year}年3月1日`,
    '附件1:',
    `## ${spec.year}年${spec.fund}（${spec.batch}）分配表`,
    '单位：万元',
    '单位名称\t中央全年实际下 达资金合计\t其中：\t',
    '\t\t年初提前 下达资金\t此次下达资 金',
    '1\t2\t3\t4',
    `${spec.issuer}\t${wan(early + batch)}\t${wan(early)}\t${wan(batch)}`,
    ...spec.counties.map(
      (c) => `${c.name}\t${wan(c.early + c.thisBatch)}\t${wan(c.early)}\t${wan(c.thisBatch)}`,
    ),
    '',
    ...(sheets ? sheet(spec, spec.issuer, early + batch) : []),
    ...(sheets ? spec.counties.flatMap((c) => sheet(spec, c.name, c.early + c.thisBatch)) : []),
    '附件4:',
    '## 财政资金使用跟踪反馈表',
    '单位：万元',
    '序号\t收到的财政专项资金名称\t文 号\t资金金额\t实际支出金额\t资金支出方向\t未支出金额\t实际支出进度\t未按计划或预算执行要求 支出的原因\t整改措施及整改时间',
    '',
  ].join('\n');
}
