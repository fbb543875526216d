/**
 * One notice's import findings: breaches highlighted (or a clear "none"), counts per kind, and
 * the notes behind a disclosure.
 */
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import type { QualityFindings_FindingFragment } from '../../gql/graphql.ts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { codeMessages, qualityMessages } from './messages.ts';
import { countByCode, groupByCode } from './quality-model.ts';

export const QualityFindingFragment = graphql(`
  fragment QualityFindings_finding on ImportWarning {
    code
    message
    severity
    region {
      name
    }
  }
`);

interface Props {
  breaches: QualityFindings_FindingFragment[];
  notes: QualityFindings_FindingFragment[];
}

export function QualityFindings({ breaches, notes }: Props) {
  const t = useMessages(qualityMessages);
  const codes = useCodeLabel();
  const counts = countByCode([...breaches, ...notes]);
  return (
    <>
      <TableExport
        title={t.heading}
        name={`${t.breaches} ${t.notes}`}
        columns={[t.severity, t.code, t.region, t.message]}
        rows={() =>
          [...breaches, ...notes].map((f) => [
            f.severity === 'WARNING' ? t.WARNING : t.INFO,
            codes(f.code),
            f.region?.name ?? '',
            f.message,
          ])
        }
      />
      <div className="cards quality-cards">
        <div className={`card ${breaches.length > 0 ? 'quality-card-bad' : 'quality-card-ok'}`}>
          <h3>{t.breaches}</h3>
          <div className="value" data-figure="breaches">
            {breaches.length}
          </div>
          <div className="sub quality-verdict" role="status">
            {breaches.length === 0 ? (
              <>
                <strong>✓ {t.noBreaches}</strong>
                <span>{t.noBreachesDetail}</span>
              </>
            ) : (
              <strong>{fill(t.breachesFound, { n: breaches.length })}</strong>
            )}
          </div>
        </div>
        <div className="card">
          <h3>{t.notes}</h3>
          <div className="value" data-figure="notes">
            {notes.length}
          </div>
          <div className="sub">{t.notesDetail}</div>
        </div>
      </div>

      {breaches.length > 0 && (
        <table className="data quality-breaches" data-testid="quality-breaches">
          <caption>{t.breaches}</caption>
          <FindingHead />
          <tbody>
            {breaches.map((b, i) => (
              <tr key={i} data-code={b.code}>
                <td className="quality-region">{b.region?.name ?? t.wholeDocument}</td>
                <td>{codes(b.code)}</td>
                <td>{b.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {counts.length > 0 && (
        <table className="data quality-counts" data-testid="quality-counts">
          <caption>{t.byCode}</caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.severity}</th>
              <th scope="col" className="num">
                {t.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr
                key={`${c.severity}|${c.code}`}
                data-code={c.code}
                className={`quality-${c.severity}`}
              >
                <th scope="row">
                  {codes(c.code)} <code className="quality-code">{c.code}</code>
                </th>
                <td>{t[c.severity]}</td>
                <td className="num">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {notes.length === 0 ? (
        <p className="quality-muted">{t.noNotes}</p>
      ) : (
        <details className="quality-notes">
          <summary>{fill(t.showNotes, { n: notes.length })}</summary>
          <table className="data" data-testid="quality-notes">
            <thead>
              <tr>
                <th scope="col">{t.region}</th>
                <th scope="col">{t.message}</th>
              </tr>
            </thead>
            {groupByCode(notes).map((g) => (
              <tbody key={g.code} data-code={g.code}>
                <tr className="quality-group-row">
                  <th scope="colgroup" colSpan={2}>
                    {codes(g.code)}（{g.findings.length}）
                  </th>
                </tr>
                {g.findings.map((n, i) => (
                  <tr key={i} className="quality-note" data-code={n.code}>
                    <td className="quality-region">{n.region?.name ?? t.wholeDocument}</td>
                    <td>{n.message}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </details>
      )}
    </>
  );
}

function FindingHead() {
  const t = useMessages(qualityMessages);
  return (
    <thead>
      <tr>
        <th scope="col">{t.region}</th>
        <th scope="col">{t.code}</th>
        <th scope="col">{t.message}</th>
      </tr>
    </thead>
  );
}

function useCodeLabel(): (code: string) => string {
  const labels: Record<string, string> = useMessages(codeMessages);
  return (code) => labels[code] ?? code;
}
