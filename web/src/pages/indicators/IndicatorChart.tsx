/**
 * One numeric indicator across regions: results as solid bars coloured by status, the target as
 * a dashed line (one reference line when every region has the same target). The matrix row above
 * is the table alternative; the figure's label says what it shows.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { chartSeries, type MatrixRow } from './indicators-model.ts';
import { indicatorMessages } from './messages.ts';

/** The status colours of styles.css (SVG attributes need the values). */
const STATUS_COLOURS: Record<string, string> = {
  MET: '#15803d',
  PARTIAL: '#b45309',
  NOT_MET: '#b91c1c',
  PENDING: '#7b8794',
};
const TARGET_COLOUR = '#1f2933';

export function IndicatorChart({ row }: { row: MatrixRow }) {
  const t = useMessages(indicatorMessages);
  const series = chartSeries(row);
  const unit = series.unit ?? '';
  const label =
    series.uniformTarget === null
      ? fill(t.chartAriaMixed, { name: row.name })
      : fill(t.chartAria, { name: row.name, target: `${series.uniformTarget}${unit}` });
  const format = (v: unknown) => (typeof v === 'number' ? `${v}${unit}` : '');
  return (
    <figure className="ind-chart" data-testid="indicator-chart" data-indicator={row.name}>
      <div role="img" aria-label={label}>
        <ComposedChart
          responsive
          style={{ width: '100%', height: 300 }}
          data={series.points}
          margin={{ top: 24, right: 96, bottom: 8, left: 8 }}
        >
          <CartesianGrid vertical={false} stroke="#e4e7eb" />
          <XAxis dataKey="region" interval={0} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, series.yMax ?? 'auto']} unit={unit} width={56} />
          <Tooltip formatter={format} />
          <Bar
            dataKey="result"
            name={t.resultLabel}
            isAnimationActive={false}
            maxBarSize={56}
            shape={(props: BarShapeProps) => (
              <rect
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                fill={STATUS_COLOURS[series.points[props.originalDataIndex]?.status ?? 'PENDING']}
              />
            )}
          >
            <LabelList dataKey="result" position="top" formatter={format} />
          </Bar>
          {series.uniformTarget === null ? (
            <Line
              dataKey="target"
              name={t.targetLabel}
              stroke={TARGET_COLOUR}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ) : (
            <ReferenceLine
              y={series.uniformTarget}
              stroke={TARGET_COLOUR}
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{
                value: `${t.targetLabel} ${series.uniformTarget}${unit}`,
                position: 'right',
                fill: TARGET_COLOUR,
                fontSize: 12,
              }}
            />
          )}
        </ComposedChart>
      </div>
      <figcaption className="ind-legend">
        <span className="ind-legend-bar" aria-hidden="true" /> {t.legendResult}
        <span className="ind-legend-line" aria-hidden="true" /> {t.legendTarget}
        {series.missing.length > 0 && (
          <span className="ind-legend-missing">
            {fill(t.noResult, { regions: series.missing.join('、') })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
