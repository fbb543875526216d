/**
 * The region's monthly feedback forms (附件4) with their versions: the latest version of each
 * month, and the earlier versions (a resubmission keeps them) behind a toggle.
 */
import { Fragment, useState, type ReactNode } from 'react';
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionReports_ReportFragment } from '../../gql/graphql.ts';
import { formatDateTime, formatMonth, formatPercent, formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { regionMessages } from './messages.ts';
import { groupReports, hasSeveralDocuments } from './region-model.ts';

export const RegionReportsFragment = graphql(`
  fragment RegionReports_report on SpendingReport {
    id
    year
    month
    version
    isLatest
    submittedAt
    submittedBy
    region {
      name
    }
    lines {
      documentNumber
      amount
      spent
      unspent
      progress
    }
  }
`);

interface Props {
  reports: RegionReports_ReportFragment[];
  /** A parent region lists its children's forms for one month; a county, its own for the year. */
  showRegion: boolean;
  title: string;
  /** A parent's children, in order; their forms are listed so. */
  regionOrder?: string[];
  /** A note under the table (who has not reported). */
  note?: string | null;
}

export function RegionReports({ reports, showRegion, title, regionOrder, note }: Props) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = groupReports(reports, regionOrder);
  const showDocument = hasSeveralDocuments(reports);
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const renderReport = (
    r: RegionReports_ReportFragment,
    latestVersion: number,
    control: ReactNode,
  ) =>
    r.lines.map((line, i) => (
      <tr
        key={`${r.id}|${line.documentNumber}`}
        className={r.isLatest ? undefined : 'region-earlier'}
        data-report-month={r.month}
        data-report-version={r.version}
        data-region={r.region.name}
      >
        {i === 0 && (
          <>
            {showRegion && (
              <th scope="row" rowSpan={r.lines.length}>
                {r.region.name}
              </th>
            )}
            <td rowSpan={r.lines.length}>{formatMonth(r.year, r.month, lang)}</td>
            <td rowSpan={r.lines.length}>
              {fill(t.versionN, { n: r.version })}
              {!r.isLatest && (
                <span className="region-muted"> · {fill(t.superseded, { n: latestVersion })}</span>
              )}
              {control}
            </td>
            <td rowSpan={r.lines.length}>
              {formatDateTime(r.submittedAt, lang)}
              <span className="region-muted"> · {r.submittedBy}</span>
            </td>
          </>
        )}
        {showDocument && <td>{line.documentNumber}</td>}
        <td className="num">{formatWan(line.amount, lang)}</td>
        <td className="num">{formatWan(line.spent, lang)}</td>
        <td className="num">{formatWan(line.unspent, lang)}</td>
        <td className="num">{formatPercent(line.progress, lang)}</td>
      </tr>
    ));

  return (
    <section className="panel" aria-labelledby="region-reports">
      <TableExport
        title={t.exportTitle}
        name={title}
        columns={[
          t.region,
          t.month,
          t.version,
          t.submittedAt,
          t.document,
          t.amount,
          t.lineSpent,
          t.lineUnspent,
          t.lineProgress,
        ]}
        rows={() =>
          reports.flatMap((r) =>
            r.lines.map((line) => [
              r.region.name,
              `${r.year}-${String(r.month).padStart(2, '0')}`,
              r.version,
              r.submittedAt,
              line.documentNumber,
              { wan: line.amount },
              { wan: line.spent },
              { wan: line.unspent },
              { fraction: line.progress },
            ]),
          )
        }
      />
      <h2 id="region-reports">{title}</h2>
      {groups.length === 0 ? (
        <p className="state">{t.noReports}</p>
      ) : (
        <div className="region-scroll">
          <table className="data" data-testid="region-reports">
            <thead>
              <tr>
                {showRegion && <th scope="col">{t.region}</th>}
                <th scope="col">{t.month}</th>
                <th scope="col">{t.version}</th>
                <th scope="col">{t.submittedAt}</th>
                {showDocument && <th scope="col">{t.document}</th>}
                <th scope="col" className="num">
                  {t.amount}
                </th>
                <th scope="col" className="num">
                  {t.lineSpent}
                </th>
                <th scope="col" className="num">
                  {t.lineUnspent}
                </th>
                <th scope="col" className="num">
                  {t.lineProgress}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const expanded = open.has(g.key);
                const control =
                  g.earlier.length > 0 ? (
                    <button
                      type="button"
                      className="link-button region-versions-toggle"
                      aria-expanded={expanded}
                      onClick={() => toggle(g.key)}
                    >
                      {fill(expanded ? t.hideVersions : t.showVersions, {
                        n: g.earlier.length + 1,
                      })}
                    </button>
                  ) : null;
                return (
                  <Fragment key={g.key}>
                    {renderReport(g.latest, g.latest.version, control)}
                    {expanded && g.earlier.map((r) => renderReport(r, g.latest.version, null))}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {note && <p className="region-note negative">{note}</p>}
    </section>
  );
}
