/** Unspent balances by region, largest first; a region without a report is hatched and says so. */
import { useLang, useMessages } from '../../lib/i18n.ts';
import { overviewMessages } from './messages.ts';
import { unspentBars, type RegionFigures } from './overview-series.ts';
import { HorizontalBars } from './HorizontalBars.tsx';

export function UnspentChart({ rows }: { rows: readonly RegionFigures[] }) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const whole = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
    maximumFractionDigits: 0,
  });
  return (
    <section className="panel overview-chart-panel" aria-labelledby="overview-unspent-title">
      <h2 id="overview-unspent-title">{t.unspentChart}</h2>
      <HorizontalBars
        bars={unspentBars(rows, lang, t.notReported)}
        label={t.unspentChartLabel}
        tickText={(v) => whole.format(v)}
        labelRoom={76}
      />
    </section>
  );
}
