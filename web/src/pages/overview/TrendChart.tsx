/** The shown region's cumulative progress month by month: actual solid, benchmark dashed. */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql/gql.ts';
import type { OverviewTrend_ExecutionFragment } from '../../gql/graphql.ts';
import { formatPercent } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { overviewMessages } from './messages.ts';
import { trendSeries, type TrendPoint } from './overview-series.ts';

export const OverviewTrendFragment = graphql(`
  fragment OverviewTrend_execution on Execution {
    region {
      name
    }
    trend {
      month
      spent
      progress
      benchmark
      reportedCount
      expectedCount
    }
  }
`);

const ACTUAL = '#1d4ed8';
const BENCHMARK = '#1f2933';

/** A filled dot for a month every region reported, a hollow one when some had not. */
function Dot(props: { cx?: number; cy?: number; payload?: TrendPoint }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.progress === null) return null;
  return (
    <circle
      key={payload.month}
      cx={cx}
      cy={cy}
      r={4}
      stroke={ACTUAL}
      strokeWidth={2}
      fill={payload.complete ? ACTUAL : '#ffffff'}
    />
  );
}

function TrendTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: { payload?: TrendPoint }[];
}) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="overview-tooltip">
      <strong>{fill(t.monthTick, { m: point.month })}</strong>
      <div>
        {t.actual}: {point.progress === null ? t.notReported : formatPercent(point.progress, lang)}
      </div>
      <div>
        {t.benchmark}: {formatPercent(point.benchmark, lang)}
      </div>
      <div>
        {fill(t.reportedOf, { reported: point.reportedCount, expected: point.expectedCount })}
      </div>
    </div>
  );
}

export function TrendChart({ execution }: { execution: OverviewTrend_ExecutionFragment }) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const { month } = useFilters();
  const data = trendSeries(execution.trend);
  const region = execution.region.name;
  const incomplete = data.some((p) => !p.complete && p.progress !== null);
  return (
    <section className="panel overview-chart-panel" aria-labelledby="overview-trend-title">
      <h2 id="overview-trend-title">{fill(t.trendChart, { region })}</h2>
      <div
        className="overview-chart overview-trend"
        role="img"
        aria-label={fill(t.trendChartLabel, { region, month })}
      >
        <LineChart
          responsive
          style={{ width: '100%', height: '100%' }}
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e4e7eb" vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={(m: number) => fill(t.monthTick, { m })}
            interval={0}
          />
          <YAxis
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(v: number) => formatPercent(v, lang, 0)}
            width={48}
          />
          <Tooltip content={<TrendTooltip />} />
          <Line
            dataKey="benchmark"
            name={t.benchmark}
            stroke={BENCHMARK}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="progress"
            name={t.actual}
            stroke={ACTUAL}
            strokeWidth={2.5}
            dot={<Dot />}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <ul className="overview-legend">
        <li>
          <span className="overview-swatch overview-swatch-actual" aria-hidden="true" />
          {t.actual}
        </li>
        <li>
          <span className="overview-swatch overview-swatch-benchmark" aria-hidden="true" />
          {t.benchmark}
        </li>
        {incomplete && (
          <li>
            <span className="overview-swatch overview-swatch-incomplete" aria-hidden="true" />
            {t.incomplete}
          </li>
        )}
      </ul>
    </section>
  );
}
