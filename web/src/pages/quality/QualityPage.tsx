/**
 * Data quality (/quality): per notice, its reconciliation breaches and import notes, and the
 * imports that stored its revisions, with a link to the notice in the indicator comparison.
 */
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { graphql } from '../../gql/gql.ts';
import type { QualityPageDocumentsQuery } from '../../gql/graphql.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { FundYearChecks } from './FundYearChecks.tsx';
import { QualityFindings } from './QualityFindings.tsx';
import { qualityMessages } from './messages.ts';
import { severityCounts } from './quality-model.ts';
import './quality.css';

const QualityQuery = graphql(`
  query QualityPageDocuments {
    documents(first: 100) {
      nodes {
        number
        title
        year
        revision
        warnings {
          ...QualityFindings_finding
        }
        notes {
          ...QualityFindings_finding
        }
        revisions {
          revision
          importedAt
          importRun {
            id
            sourceName
            outcome
            importedBy
            importedAt
            warnings {
              severity
            }
          }
        }
      }
    }
  }
`);

type Doc = QualityPageDocumentsQuery['documents']['nodes'][number];

export function QualityPage() {
  const t = useMessages(qualityMessages);
  const query = useQuery(QualityQuery, {});
  return (
    <div className="quality-page">
      <h2 className="quality-title">{t.heading}</h2>
      <p className="quality-intro">{t.intro}</p>
      <StatePanel
        loading={query.loading}
        error={query.error}
        data={query.data?.documents.nodes ?? null}
        isEmpty={(docs) => docs.length === 0}
        emptyText={t.noDocuments}
        onRetry={query.refetch}
      >
        {(docs) => docs.map((d) => <DocumentQuality key={d.number} doc={d} />)}
      </StatePanel>
      <FundYearChecks />
    </div>
  );
}

function DocumentQuality({ doc }: { doc: Doc }) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const id = `quality-${doc.number}`;
  return (
    <section className="panel quality-doc" aria-labelledby={id} data-document={doc.number}>
      <header className="quality-doc-head">
        <h2 id={id}>
          {doc.number}
          <span className="quality-doc-title">{doc.title}</span>
        </h2>
        <span className="quality-muted">{fill(t.revision, { n: doc.revision })}</span>
        <Link to={{ view: 'indicators', doc: doc.number }} className="quality-open">
          {t.openIndicators} →
        </Link>
      </header>
      <QualityFindings breaches={doc.warnings} notes={doc.notes} />
      <table className="data quality-runs" data-testid="quality-runs">
        <caption>{t.runs}</caption>
        <thead>
          <tr>
            <th scope="col">{t.revisionCol}</th>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.outcome}</th>
            <th scope="col">{t.importedBy}</th>
            <th scope="col">{t.importedAt}</th>
            <th scope="col" className="num">
              {t.breachesShort}
            </th>
            <th scope="col" className="num">
              {t.notesShort}
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.revisions.map((r) => {
            const counts = severityCounts(r.importRun.warnings);
            const outcome = r.importRun.outcome;
            return (
              <tr key={r.revision}>
                <td>{fill(t.revision, { n: r.revision })}</td>
                <td>{r.importRun.sourceName}</td>
                <td>
                  {outcome === 'created' ? t.created : outcome === 'revised' ? t.revised : outcome}
                </td>
                <td>{r.importRun.importedBy}</td>
                <td>{formatDateTime(r.importRun.importedAt, lang)}</td>
                <td className={counts.WARNING > 0 ? 'num negative' : 'num'}>{counts.WARNING}</td>
                <td className="num">{counts.INFO}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
