/** The five headline figures: allocation, spent, unspent, progress vs benchmark, counties lagging. */
import { graphql } from '../../gql/gql.ts';
import type { OverviewCards_ExecutionFragment } from '../../gql/graphql.ts';
import { StatusLight } from '../../components/StatusLight.tsx';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { overviewMessages } from './messages.ts';
import { lagSummary, type RegionFigures } from './overview-series.ts';

export const OverviewCardsFragment = graphql(`
  fragment OverviewCards_execution on Execution {
    allocated
    spent
    unspent
    progress
    benchmark
    warning
    reportedCount
    expectedCount
    reportedProgress
  }
`);

interface Props {
  execution: OverviewCards_ExecutionFragment;
  /** The regions compared (the children, or the region itself). */
  rows: readonly RegionFigures[];
}

export function OverviewCards({ execution, rows }: Props) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const lag = lagSummary(rows);
  const reported = { reported: execution.reportedCount, expected: execution.expectedCount };
  return (
    <div className="cards overview-cards">
      <section className="card" data-card="allocated" aria-labelledby="card-allocated">
        <h3 id="card-allocated">{t.allocated}</h3>
        <div className="value">{formatWan(execution.allocated, lang)}</div>
        <div className="sub">{t.allocatedSub}</div>
      </section>
      <section className="card" data-card="spent" aria-labelledby="card-spent">
        <h3 id="card-spent">{t.spent}</h3>
        <div className="value">{formatWan(execution.spent, lang)}</div>
        <div className="sub">
          {execution.reportedCount === 0 ? t.spentNone : fill(t.spentSub, reported)}
        </div>
      </section>
      <section className="card" data-card="unspent" aria-labelledby="card-unspent">
        <h3 id="card-unspent">{t.unspent}</h3>
        <div className="value">{formatWan(execution.unspent, lang)}</div>
        <div className="sub">
          {lag.notReported > 0 && execution.unspent !== null && execution.unspent !== undefined
            ? fill(t.unspentSub, { amount: formatWan(lag.notReportedAllocated, lang) })
            : t.unspentAll}
        </div>
      </section>
      <section className="card" data-card="progress" aria-labelledby="card-progress">
        <h3 id="card-progress">{t.progress}</h3>
        <div className="value">
          {formatPercent(execution.progress, lang)}{' '}
          <small>
            {fill(t.progressVs, { benchmark: formatPercent(execution.benchmark, lang) })}
          </small>
        </div>
        <div className="sub">
          <StatusLight status={execution.warning} />
          {/* While some have not reported, the overall figure understates the others' pace. */}
          {execution.reportedCount > 0 && execution.reportedCount < execution.expectedCount && (
            <span className="overview-reported-progress">
              {' '}
              {fill(t.progressReported, {
                progress: formatPercent(execution.reportedProgress, lang),
              })}
            </span>
          )}
        </div>
      </section>
      <section className="card" data-card="lagging" aria-labelledby="card-lagging">
        <h3 id="card-lagging">{t.lagging}</h3>
        <div className={`value${lag.lagging > 0 ? ' text-red' : ''}`}>
          {fill(t.laggingValue, { n: lag.lagging })}
          {lag.notReported > 0 && (
            <small className="overview-not-reported">
              {fill(t.notReportedCount, { n: lag.notReported })}
            </small>
          )}
        </div>
        <div className="sub">
          {fill(t.laggingSub, { red: lag.red, yellow: lag.yellow, total: lag.total })}
        </div>
      </section>
    </div>
  );
}
