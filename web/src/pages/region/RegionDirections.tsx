/** Spending by direction (支出方向) as of the chosen month: amount and share, with a bar for the share. */
import { graphql } from '../../gql/gql.ts';
import type { RegionDirections_ExecutionFragment } from '../../gql/graphql.ts';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import { TableExport } from '../../components/TableExport.tsx';
import { directionMessages, regionMessages } from './messages.ts';
import { directionRows } from './region-model.ts';

export const RegionDirectionsFragment = graphql(`
  fragment RegionDirections_execution on Execution {
    byDirection {
      direction
      spent
      share
    }
  }
`);

export function RegionDirections({ execution }: { execution: RegionDirections_ExecutionFragment }) {
  const t = useMessages(regionMessages);
  const names = useMessages(directionMessages);
  const lang = useLang();
  const rows = directionRows(execution.byDirection);
  return (
    <section className="panel" aria-labelledby="region-directions">
      <TableExport
        title={t.exportTitle}
        name={t.directionsTitle}
        columns={[t.direction, t.lineSpent, t.share]}
        rows={() => rows.map((r) => [names[r.direction], { wan: r.spent }, { fraction: r.share }])}
      />
      <h2 id="region-directions">{t.directionsTitle}</h2>
      {rows.length === 0 ? (
        <p className="state">{t.noDirections}</p>
      ) : (
        <table className="data" data-testid="region-directions">
          <thead>
            <tr>
              <th scope="col">{t.direction}</th>
              <th scope="col" className="num">
                {t.lineSpent}
              </th>
              <th scope="col" className="num">
                {t.share}
              </th>
              <th scope="col" aria-hidden="true" className="region-share-col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.direction}>
                <th scope="row">{names[r.direction]}</th>
                <td className="num">{formatWan(r.spent, lang)}</td>
                <td className="num">{formatPercent(r.share, lang)}</td>
                <td aria-hidden="true">
                  <span className="region-share-bar" style={{ width: `${r.barPercent}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
