/**
 * The overview's cards as tables for CSV: the same columns and order as the server's workbook
 * (/export/overview.xlsx, one sheet per card). Amounts are the API's exact 万元 numbers; "not
 * reported" is an empty cell with 未报送 beside it, never zero. Pure.
 */
import type { CsvValue } from '../../lib/csv.ts';
import { percentText } from '../../lib/csv.ts';
import type { WarningLevel } from '../../gql/graphql.ts';
import type { RegionFigures, TrendInput } from './overview-series.ts';

export type CardKey = 'summary' | 'regions' | 'unspent' | 'trend';

export interface CardTable {
  key: CardKey;
  name: string;
  header: string[];
  rows: CsvValue[][];
}

const WARNING_WORDS: Record<WarningLevel, string> = {
  GREEN: '正常',
  YELLOW: '偏慢',
  RED: '滞后',
  NOT_REPORTED: '未报送',
};

export interface OverviewData extends RegionFigures {
  year: number;
  reportedCount: number;
  expectedCount: number;
  children: RegionFigures[];
  trend: (TrendInput & { spent?: number | null })[];
}

export function overviewTables(e: OverviewData): CardTable[] {
  const rows = e.children.length > 0 ? e.children : [e];
  const figures = (r: RegionFigures, name = r.region.name): CsvValue[] => [
    name,
    r.allocated,
    r.spent,
    r.unspent,
    percentText(r.progress),
    percentText(r.benchmark),
    WARNING_WORDS[r.warning],
  ];
  const unspent = [...rows].sort((a, b) => (b.unspent ?? -Infinity) - (a.unspent ?? -Infinity));
  return [
    {
      key: 'summary',
      name: '概览',
      header: ['项目', '数值', '说明'],
      rows: [
        ['下达资金（万元）', e.allocated, ''],
        ['实际支出（万元）', e.spent, e.spent == null ? '未报送' : ''],
        ['未支出（万元）', e.unspent, ''],
        ['支出进度', percentText(e.progress), ''],
        ['序时进度', percentText(e.benchmark), ''],
        ['已报送地区', e.reportedCount, `应报送 ${e.expectedCount}`],
      ],
    },
    {
      key: 'regions',
      name: '各地区执行进度',
      header: ['地区', '下达资金', '实际支出', '未支出', '支出进度', '序时进度', '预警'],
      rows: [
        ...rows.map((r) => figures(r)),
        ...(e.children.length > 0 ? [figures(e, `合计（${e.region.name}）`)] : []),
      ],
    },
    {
      key: 'unspent',
      name: '未支出金额',
      header: ['地区', '未支出', '下达资金', '说明'],
      rows: unspent.map((r) => [
        r.region.name,
        r.unspent,
        r.allocated,
        r.warning === 'NOT_REPORTED' ? '未报送' : '',
      ]),
    },
    {
      key: 'trend',
      name: '月度趋势',
      header: ['月份', '实际支出', '支出进度', '序时进度', '已报送', '应报送'],
      rows: e.trend.map((p) => [
        `${e.year}年${p.month}月`,
        p.spent,
        percentText(p.progress),
        percentText(p.benchmark),
        p.reportedCount,
        p.expectedCount,
      ]),
    },
  ];
}
