/**
 * The overview as a workbook (GET /export/overview.xlsx): the same figures the dashboard's
 * cards show, from the same services as the GraphQL resolvers, one sheet per card (or one card
 * with `card`), each headed by the filters and the as-of date.
 */
import { loadExcelJS } from '../excel/load-exceljs.ts';
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { addOverviewSheet, WARNING_WORDS, type OverviewSheet } from '../excel/overview-workbook.ts';
import { listPrograms } from './documents.service.ts';
import { InputError } from './errors.ts';
import {
  byUnspent,
  childrenExecution,
  execution,
  lagging,
  trend,
  type ExecutionModel,
} from './execution.service.ts';
import type { XlsxFile } from './excel-forms.service.ts';
import { deadlineOf } from './filing.service.ts';

export interface OverviewExportQuery {
  year: number;
  month: number;
  region: string | null;
  programId: string | null;
  card: string | null;
}

const wan = (v: ExecutionModel['spent']) => ({ wan: v });
const fraction = (v: number | null) => ({ fraction: v });

async function sheetsOf(
  db: Db,
  node: ExecutionModel,
  thresholds: WarningThresholds,
): Promise<OverviewSheet[]> {
  const children = await childrenExecution(db, node, thresholds);
  const rows = children.length > 0 ? children : [node];
  const behind = lagging(rows, false).length;
  const notReported = rows.filter((r) => r.reportedCount === 0).length;
  return [
    {
      key: 'summary',
      name: '概览',
      columns: ['项目', '数值', '说明'],
      rows: [
        ['下达资金（万元）', wan(node.allocated), ''],
        ['实际支出（万元）', wan(node.spent), node.spent === null ? '未报送' : ''],
        ['未支出（万元）', wan(node.unspent), ''],
        ['支出进度', fraction(node.progress), ''],
        ['序时进度', fraction(node.benchmark), ''],
        ['已报送地区', node.reportedCount, `应报送 ${node.expectedCount}`],
        ['低于序时进度的地区', behind, notReported > 0 ? `另有 ${notReported} 个未报送` : ''],
      ],
    },
    {
      key: 'regions',
      name: '各地区执行进度',
      columns: ['地区', '下达资金', '实际支出', '未支出', '支出进度', '序时进度', '预警'],
      rows: [
        ...rows.map((r) => [
          r.region.name,
          wan(r.allocated),
          wan(r.spent),
          wan(r.unspent),
          fraction(r.progress),
          fraction(r.benchmark),
          WARNING_WORDS[r.warning],
        ]),
        ...(children.length > 0
          ? [
              [
                `合计（${node.region.name}）`,
                wan(node.allocated),
                wan(node.spent),
                wan(node.unspent),
                fraction(node.progress),
                fraction(node.benchmark),
                WARNING_WORDS[node.warning],
              ],
            ]
          : []),
      ],
    },
    {
      key: 'unspent',
      name: '未支出金额',
      columns: ['地区', '未支出', '下达资金', '说明'],
      rows: byUnspent(rows).map((r) => [
        r.region.name,
        wan(r.unspent),
        wan(r.allocated),
        r.reportedCount === 0 ? '未报送' : '',
      ]),
    },
    {
      key: 'trend',
      name: '月度趋势',
      columns: ['月份', '实际支出', '支出进度', '序时进度', '已报送', '应报送'],
      rows: (await trend(db, node)).map((p) => [
        `${node.year}年${p.month}月`,
        wan(p.spent),
        fraction(p.progress),
        fraction(p.benchmark),
        p.reportedCount,
        p.expectedCount,
      ]),
    },
  ];
}

export async function overviewWorkbook(
  db: Db,
  query: OverviewExportQuery,
  thresholds: WarningThresholds,
  now: Date,
): Promise<XlsxFile> {
  const programId = query.programId ? Number(query.programId) : null;
  const node = await execution(
    db,
    { year: query.year, month: query.month, region: query.region, programId },
    thresholds,
  );
  const program =
    programId === null
      ? '全部'
      : ((await listPrograms(db, query.year)).find((p) => p.id === programId)?.name ??
        String(programId));
  const sheets = (await sheetsOf(db, node, thresholds)).filter(
    (s) => query.card === null || s.key === query.card,
  );
  if (sheets.length === 0)
    throw new InputError('ARGUMENT_INVALID', 'card', `没有名为「${query.card ?? ''}」的卡片`);
  const exportedAt = now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const header = {
    title: `执行概览 · ${node.region.name}`,
    filters: `筛选：年度 ${query.year}；截至 ${query.month} 月；资金项目 ${program}；地区 ${node.region.name}`,
    asOf: `数据截至 ${deadlineOf(query.year, query.month)}（${query.year}年${query.month}月末）；导出于 ${exportedAt}（北京时间）；金额单位：万元`,
  };
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = '资金执行分析';
  for (const sheet of sheets) addOverviewSheet(workbook, header, sheet);
  const suffix = sheets.length === 1 ? ` ${sheets[0]?.name}` : '';
  return {
    filename: `执行概览 ${node.region.name} ${query.year}年${query.month}月${suffix}.xlsx`,
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
