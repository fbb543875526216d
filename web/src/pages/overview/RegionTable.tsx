/** The figures behind the charts, one row per region, with the shown region as the total. */
import { graphql } from '../../gql/gql.ts';
import { Link } from '../../components/Link.tsx';
import { StatusLight } from '../../components/StatusLight.tsx';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import { overviewMessages } from './messages.ts';
import type { RegionFigures } from './overview-series.ts';

export const RegionFiguresFragment = graphql(`
  fragment OverviewRegion_figures on Execution {
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
`);

interface Props {
  total: RegionFigures;
  rows: readonly RegionFigures[];
}

function Cells({ row }: { row: RegionFigures }) {
  const lang = useLang();
  return (
    <>
      <td className="num">{formatWan(row.allocated, lang)}</td>
      <td className="num">{formatWan(row.spent, lang)}</td>
      <td className="num">{formatWan(row.unspent, lang)}</td>
      <td className="num">{formatPercent(row.progress, lang)}</td>
      <td>
        <StatusLight status={row.warning} />
      </td>
    </>
  );
}

export function RegionTable({ total, rows }: Props) {
  const t = useMessages(overviewMessages);
  const showTotal = rows.length > 1 || rows[0] !== total;
  return (
    <section className="panel overview-table" aria-labelledby="overview-table-title">
      <h2 id="overview-table-title">{t.table}</h2>
      <table className="data">
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
            <th scope="col" className="num">
              {t.progress}
            </th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region.name} data-region={row.region.name}>
              <th scope="row">
                <Link to={{ view: 'region', region: row.region.name }}>{row.region.name}</Link>
              </th>
              <Cells row={row} />
            </tr>
          ))}
        </tbody>
        {showTotal && (
          <tfoot>
            <tr data-region={total.region.name} className="overview-total">
              <th scope="row">
                {t.total}（{total.region.name}）
              </th>
              <Cells row={total} />
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
