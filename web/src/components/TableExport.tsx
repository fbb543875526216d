/**
 * "CSV · Excel" for a table or chart of the dashboard: CSV is made in the browser; the workbook
 * by the server from the same data (POST /export/table.xlsx), so exceljs stays out of the bundle.
 * Both are headed by the view's filters (year, month, region) as the URL has them.
 */
import { useState } from 'react';
import { downloadBlob, downloadText } from '../lib/download.ts';
import { defineMessages, fill, useMessages } from '../lib/i18n.ts';
import { useFilters } from '../lib/period.ts';
import {
  exportFileName,
  tableBody,
  tableCsv,
  type ExportCell,
  type ExportTable,
} from '../lib/table-export.ts';

const messages = defineMessages({
  zh: {
    label: '导出{name}',
    csv: 'CSV',
    xlsx: 'Excel',
    failed: '导出失败：{message}',
    filters: '筛选：年度 {year}；截至 {month} 月',
    region: '；地区 {region}',
  },
  en: {
    label: 'Export {name}',
    csv: 'CSV',
    xlsx: 'Excel',
    failed: 'Export failed: {message}',
    filters: 'Filters: year {year}; as of month {month}',
    region: '; region {region}',
  },
});

interface Props {
  /** The view and its subject: `地区详情 昌吉市`. */
  title: string;
  /** The table's name: also the sheet's. */
  name: string;
  columns: string[];
  rows: () => ExportCell[][];
}

export function TableExport({ title, name, columns, rows }: Props) {
  const t = useMessages(messages);
  const { year, month, region } = useFilters();
  const [error, setError] = useState<string | null>(null);
  const table = (): ExportTable => ({
    title: region ? `${title} ${region}` : title,
    name,
    columns,
    rows: rows(),
    filters: fill(t.filters, { year, month }) + (region ? fill(t.region, { region }) : ''),
  });
  const xlsx = async () => {
    setError(null);
    const data = table();
    try {
      const response = await fetch('/export/table.xlsx', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: tableBody(data),
      });
      if (!response.ok) throw new Error(await response.text());
      downloadBlob(exportFileName(data, 'xlsx'), await response.blob());
    } catch (e) {
      setError(fill(t.failed, { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <span className="table-export no-print" role="group" aria-label={fill(t.label, { name })}>
      <button
        type="button"
        onClick={() => {
          const data = table();
          downloadText(exportFileName(data, 'csv'), tableCsv(data));
        }}
      >
        {t.csv}
      </button>
      <button type="button" onClick={() => void xlsx()}>
        {t.xlsx}
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
