/**
 * The indicator comparison as a table to export, one row per indicator × region (the matrix
 * and the chart's data in one): levels, indicator, region, target, latest result, status.
 */
import { TableExport } from '../../components/TableExport.tsx';
import { useStatusWords } from '../../components/StatusLight.tsx';
import { defineMessages, useMessages } from '../../lib/i18n.ts';
import { levelLabel, levelMessages } from './indicator-labels.ts';
import { cellResult, type Matrix } from './indicators-model.ts';

const messages = defineMessages({
  zh: {
    title: '绩效指标对比',
    levels: '一级 · 二级指标',
    indicator: '三级指标',
    region: '地区',
    target: '指标值',
    result: '完成值',
    status: '状态',
  },
  en: {
    title: 'Indicator comparison',
    levels: 'Level 1 · level 2',
    indicator: 'Indicator',
    region: 'Region',
    target: 'Target',
    result: 'Result',
    status: 'Status',
  },
});

export function IndicatorExport({
  matrix,
  documentNumber,
}: {
  matrix: Matrix;
  documentNumber: string;
}) {
  const t = useMessages(messages);
  const levels = useMessages(levelMessages);
  const words = useStatusWords();
  return (
    <TableExport
      title={t.title}
      name={documentNumber}
      columns={[t.levels, t.indicator, t.region, t.target, t.result, t.status]}
      rows={() =>
        matrix.rows.flatMap((row) =>
          row.cells.flatMap((cell, i) =>
            cell
              ? [
                  [
                    levelLabel(levels, row.level1, row.level2),
                    row.name,
                    matrix.regions[i] ?? '',
                    cell.target.text,
                    cellResult(cell) ?? '',
                    words[cell.status],
                  ],
                ]
              : [],
          ),
        )
      }
    />
  );
}
