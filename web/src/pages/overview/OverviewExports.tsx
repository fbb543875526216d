/**
 * Exports of the overview: each card's data as CSV (made here, from the figures on screen) or
 * as a one-sheet workbook, and the whole overview as one workbook (both from the server, so
 * exceljs never enters the dashboard's bundle).
 */
import { toCsv } from '../../lib/csv.ts';
import { downloadText } from '../../lib/download.ts';
import { defineMessages, useMessages } from '../../lib/i18n.ts';
import { overviewTables, type OverviewData } from './overview-exports-model.ts';

const messages = defineMessages({
  zh: {
    label: '导出',
    all: '整个概览（Excel 工作簿）',
    csv: 'CSV',
    xlsx: 'Excel',
    summary: '概览',
    regions: '各地区执行进度',
    unspent: '未支出金额',
    trend: '月度趋势',
  },
  en: {
    label: 'Export',
    all: 'Whole overview (Excel workbook)',
    csv: 'CSV',
    xlsx: 'Excel',
    summary: 'Totals',
    regions: 'Progress by region',
    unspent: 'Unspent balances',
    trend: 'Monthly trend',
  },
});

interface Props {
  execution: OverviewData & { month: number };
  programId: string | null;
}

export function OverviewExports({ execution, programId }: Props) {
  const t = useMessages(messages);
  const params = new URLSearchParams({
    year: String(execution.year),
    month: String(execution.month),
    region: execution.region.name,
  });
  if (programId) params.set('program', programId);
  const base = `${execution.region.name} ${execution.year}年${execution.month}月`;
  return (
    <nav className="overview-exports no-print" aria-label={t.label}>
      <span>{t.label}：</span>
      <a href={`/export/overview.xlsx?${params.toString()}`} download data-export="overview">
        {t.all}
      </a>
      {overviewTables(execution).map((table) => (
        <span key={table.key} className="overview-export" data-card={table.key}>
          {t[table.key]}
          <button
            type="button"
            onClick={() =>
              downloadText(`执行概览 ${base} ${table.name}.csv`, toCsv(table.header, table.rows))
            }
          >
            {t.csv}
          </button>
          <a href={`/export/overview.xlsx?${params.toString()}&card=${table.key}`} download>
            {t.xlsx}
          </a>
        </span>
      ))}
    </nav>
  );
}
