/** A parent region's children as of the chosen month, each a link to its own region view (drill down). */
import { Link } from '../../components/Link.tsx';
import { StatusLight, useStatusWords } from '../../components/StatusLight.tsx';
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionChildren_ExecutionFragment } from '../../gql/graphql.ts';
import { formatMonth, formatPercent, formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { regionMessages } from './messages.ts';
import { progressBar } from './region-model.ts';

export const RegionChildrenFragment = graphql(`
  fragment RegionChildren_execution on Execution {
    year
    month
    children {
      region {
        name
      }
      allocated
      spent
      unspent
      progress
      benchmark
      warning
    }
  }
`);

export function RegionChildren({ execution }: { execution: RegionChildren_ExecutionFragment }) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const words = useStatusWords();
  const month = formatMonth(execution.year, execution.month, lang);
  const title = fill(t.childrenTitle, { month });
  return (
    <section className="panel" aria-labelledby="region-children">
      <TableExport
        title={t.exportTitle}
        name={title}
        columns={[t.region, t.allocated, t.spent, t.unspent, t.progress, t.warning]}
        rows={() =>
          execution.children.map((c) => [
            c.region.name,
            { wan: c.allocated },
            { wan: c.spent },
            { wan: c.unspent },
            { fraction: c.progress },
            words[c.warning],
          ])
        }
      />
      <h2 id="region-children">{fill(t.childrenTitle, { month })}</h2>
      <table className="data" data-testid="region-children">
        <thead>
          <tr>
            <th scope="col">{t.region}</th>
            <th scope="col" className="num">
              {t.allocated}
            </th>
            <th scope="col" className="num">
              {t.spent}
            </th>
            <th scope="col" className="num">
              {t.unspent}
            </th>
            <th scope="col">{t.progress}</th>
            <th scope="col">{t.warning}</th>
          </tr>
        </thead>
        <tbody>
          {execution.children.map((c) => {
            const bar = progressBar(c.progress, c.benchmark);
            return (
              <tr key={c.region.name} data-region={c.region.name}>
                <th scope="row">
                  <Link to={{ view: 'region', region: c.region.name }}>{c.region.name}</Link>
                </th>
                <td className="num">{formatWan(c.allocated, lang)}</td>
                <td className="num">{formatWan(c.spent, lang)}</td>
                <td className="num">{formatWan(c.unspent, lang)}</td>
                <td>
                  <div className="region-progress">
                    <span className="region-progress-value">{formatPercent(c.progress, lang)}</span>
                    <span className="region-progress-track" aria-hidden="true">
                      <span
                        className={`region-progress-fill status-fill-${c.warning}`}
                        style={{ width: `${bar.progressPercent}%` }}
                      />
                      <span
                        className="region-progress-benchmark"
                        style={{ left: `${bar.benchmarkPercent}%` }}
                      />
                    </span>
                  </div>
                </td>
                <td>
                  <StatusLight status={c.warning} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
