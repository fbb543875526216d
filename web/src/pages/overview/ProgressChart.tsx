/** Each region's progress, coloured by warning level, against the dashed time-elapsed benchmark. */
import { formatPercent } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { overviewMessages } from './messages.ts';
import { progressAxisMax, progressBars, type RegionFigures } from './overview-series.ts';
import { HorizontalBars } from './HorizontalBars.tsx';

interface Props {
  rows: readonly RegionFigures[];
  benchmark: number;
}

export function ProgressChart({ rows, benchmark }: Props) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const axisMax = progressAxisMax(rows);
  const shown = formatPercent(benchmark, lang);
  return (
    <section className="panel overview-chart-panel" aria-labelledby="overview-progress-title">
      <h2 id="overview-progress-title">{t.progressChart}</h2>
      <HorizontalBars
        bars={progressBars(rows, lang, t.notReported)}
        label={fill(t.progressChartLabel, { benchmark: shown })}
        axisMax={axisMax}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickText={(v) => formatPercent(v, lang, 0)}
        reference={{ value: benchmark, label: fill(t.benchmarkLine, { benchmark: shown }) }}
        labelRoom={56}
      />
      <p className="overview-hint no-print">{t.clickHint}</p>
    </section>
  );
}
