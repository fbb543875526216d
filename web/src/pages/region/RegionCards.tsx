/** The region's execution as of the chosen month: allocated, spent, unspent, progress against the benchmark. */
import { StatusLight } from '../../components/StatusLight.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionCards_ExecutionFragment } from '../../gql/graphql.ts';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { regionMessages } from './messages.ts';

export const RegionCardsFragment = graphql(`
  fragment RegionCards_execution on Execution {
    allocated
    spent
    unspent
    progress
    benchmark
    warning
    reported
    reportedCount
    expectedCount
  }
`);

export function RegionCards({ execution }: { execution: RegionCards_ExecutionFragment }) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const e = execution;
  const counted =
    e.expectedCount > 1 ? fill(t.reportedOf, { n: e.reportedCount, total: e.expectedCount }) : null;
  return (
    <section className="cards" aria-label={t.progress} data-testid="region-cards">
      <div className="card">
        <h3>{t.allocated}</h3>
        <div className="value" data-figure="allocated">
          {formatWan(e.allocated, lang)}
        </div>
      </div>
      <div className="card">
        <h3>{t.spent}</h3>
        <div className="value" data-figure="spent">
          {formatWan(e.spent, lang)}
        </div>
        <div className="sub">{e.spent === null ? t.notReported : counted}</div>
      </div>
      <div className="card">
        <h3>{t.unspent}</h3>
        <div className="value" data-figure="unspent">
          {formatWan(e.unspent, lang)}
        </div>
      </div>
      <div className="card">
        <h3>{t.progress}</h3>
        <div className="value" data-figure="progress">
          {formatPercent(e.progress, lang)}
        </div>
        <div className="sub region-card-status">
          <span>{fill(t.benchmark, { value: formatPercent(e.benchmark, lang) })}</span>
          <StatusLight status={e.warning} />
        </div>
      </div>
    </section>
  );
}
