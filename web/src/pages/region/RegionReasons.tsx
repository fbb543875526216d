/**
 * The reasons for lagging and the corrective measures the region gave, with their due dates:
 * every line of the year's forms that carries them (earlier versions too, marked), and the
 * chosen month's lagging lines from the server, which also says whether the due date passed.
 */
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionReasons_LagFragment, RegionReasons_ReportFragment } from '../../gql/graphql.ts';
import { formatMonth, formatPercent, MISSING } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { regionMessages } from './messages.ts';
import { reasonRows } from './region-model.ts';

export const RegionReasonsReportFragment = graphql(`
  fragment RegionReasons_report on SpendingReport {
    id
    year
    month
    version
    isLatest
    region {
      name
    }
    lines {
      documentNumber
      progress
      reason
      measures
      measuresDueOn
    }
  }
`);

export const RegionReasonsLagFragment = graphql(`
  fragment RegionReasons_lag on LagExplanation {
    region {
      name
    }
    documentNumber
    progress
    benchmark
    reason
    measures
    measuresDueOn
    overdue
    report {
      id
      year
      month
      version
      isLatest
    }
  }
`);

interface Props {
  reports: RegionReasons_ReportFragment[];
  lags: RegionReasons_LagFragment[];
  showRegion: boolean;
}

export function RegionReasons({ reports, lags, showRegion }: Props) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const rows = reasonRows(reports, lags);
  return (
    <section className="panel" aria-labelledby="region-reasons">
      <TableExport
        title={t.exportTitle}
        name={t.reasonsTitle}
        columns={[
          t.region,
          t.month,
          t.version,
          t.document,
          t.lineProgress,
          t.reason,
          t.measures,
          t.dueOn,
        ]}
        rows={() =>
          rows.map((r) => [
            r.region,
            `${r.year}-${String(r.month).padStart(2, '0')}`,
            r.version,
            r.documentNumber,
            { fraction: r.progress },
            r.reason,
            r.measures,
            r.measuresDueOn,
          ])
        }
      />
      <h2 id="region-reasons">{t.reasonsTitle}</h2>
      {rows.length === 0 ? (
        <p className="state">{t.noReasons}</p>
      ) : (
        <table className="data region-reasons" data-testid="region-reasons">
          <thead>
            <tr>
              {showRegion && <th scope="col">{t.region}</th>}
              <th scope="col">{t.month}</th>
              <th scope="col" className="num">
                {t.lineProgress}
              </th>
              <th scope="col">{t.reason}</th>
              <th scope="col">{t.measures}</th>
              <th scope="col">{t.dueOn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.isLatest ? undefined : 'region-earlier'}>
                {showRegion && <th scope="row">{r.region}</th>}
                <td>
                  {formatMonth(r.year, r.month, lang)}
                  <span className="region-muted"> · {fill(t.versionN, { n: r.version })}</span>
                </td>
                <td className="num">
                  {r.benchmark === null
                    ? formatPercent(r.progress, lang)
                    : fill(t.progressVsBenchmark, {
                        progress: formatPercent(r.progress, lang),
                        benchmark: formatPercent(r.benchmark, lang),
                      })}
                </td>
                <td>{r.reason ?? <span className="negative">{t.notGiven}</span>}</td>
                <td>{r.measures ?? <span className="negative">{t.notGiven}</span>}</td>
                <td>
                  {r.measuresDueOn ?? MISSING}
                  {r.overdue && <span className="region-overdue">{t.overdue}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
