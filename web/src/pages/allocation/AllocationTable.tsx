/** The per-level table: the region itself, then each child (a link one level down). */
import { Link } from '../../components/Link.tsx';
import { TableExport } from '../../components/TableExport.tsx';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { canDrill, daysLate, daysText, type ChainFigures } from './allocation-model.ts';
import { allocationMessages } from './messages.ts';

interface Props {
  node: ChainFigures & { children: ChainFigures[] };
  limitDays: number;
  asOf: string;
}

export function AllocationTable({ node, limitDays, asOf }: Props) {
  const t = useMessages(allocationMessages);
  const lang = useLang();
  const title = fill(t.tableTitle, { region: node.region.name, date: asOf });
  const columns = [
    t.region,
    t.received,
    t.passedDown,
    t.kept,
    t.unallocated,
    t.allocationProgress,
    t.days,
    t.spent,
    t.spendingProgress,
  ];
  const rows = [node, ...node.children];
  const cells = (n: ChainFigures) => [
    { wan: n.received },
    { wan: n.passedDown },
    { wan: n.kept },
    { wan: n.unallocated },
    { fraction: n.allocationProgress },
    daysText(n, t),
    { wan: n.spent },
    { fraction: n.spendingProgress },
  ];
  return (
    <section className="panel" aria-labelledby="allocation-table">
      <TableExport
        title={t.exportTitle}
        name={title}
        columns={columns}
        rows={() => rows.map((n) => [n.region.name, ...cells(n)])}
      />
      <h2 id="allocation-table">{title}</h2>
      <p className="allocation-limit">{fill(t.limit, { n: limitDays })}</p>
      <table className="data" data-testid="allocation-table">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i === 0 ? undefined : 'num'}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((n, i) => (
            <tr
              key={n.region.name}
              data-region={n.region.name}
              className={i === 0 ? 'allocation-self' : undefined}
            >
              <th scope="row">
                {i === 0 ? (
                  n.region.name
                ) : canDrill(n) ? (
                  <Link to={{ view: 'allocation', region: n.region.name }}>{n.region.name}</Link>
                ) : (
                  <Link to={{ view: 'region', region: n.region.name }}>{n.region.name}</Link>
                )}
              </th>
              <td className="num" data-col="received">
                {formatWan(n.received, lang)}
              </td>
              <td className="num" data-col="passedDown">
                {formatWan(n.passedDown, lang)}
              </td>
              <td className="num" data-col="kept">
                {formatWan(n.kept, lang)}
              </td>
              <td
                className={`num${n.unallocated ? ' allocation-open' : ''}`}
                data-col="unallocated"
              >
                {formatWan(n.unallocated, lang)}
              </td>
              <td className="num" data-col="allocationProgress">
                {formatPercent(n.allocationProgress, lang)}
              </td>
              <td
                className={`num${daysLate(n, limitDays) ? ' allocation-late' : ''}`}
                data-col="days"
              >
                {daysText(n, t)}
              </td>
              <td className="num" data-col="spent">
                {formatWan(n.spent, lang)}
              </td>
              <td className="num" data-col="spendingProgress">
                {formatPercent(n.spendingProgress, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
