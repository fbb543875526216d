/**
 * Indicator comparison (/indicators?doc=…): for one notice, every indicator × every region with
 * target, latest result and status; for a numeric indicator, a chart across regions.
 */
import { useState } from 'react';
import { StatePanel } from '../../components/StatePanel.tsx';
import { StatusLight } from '../../components/StatusLight.tsx';
import { graphql } from '../../gql/gql.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { navigate } from '../../lib/url-state.ts';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorExport } from './IndicatorExport.tsx';
import { IndicatorMatrix } from './IndicatorMatrix.tsx';
import { buildMatrix, chooseDocument, STATUS_ORDER, statusCounts } from './indicators-model.ts';
import { indicatorMessages } from './messages.ts';
import './indicators.css';

const DocumentsQuery = graphql(`
  query IndicatorsPageDocuments {
    documents(first: 100) {
      nodes {
        number
        title
        year
        targetSheets {
          year
        }
      }
    }
  }
`);

const ComparisonQuery = graphql(`
  query IndicatorsPageComparison($documentNumber: String!) {
    indicatorComparison(documentNumber: $documentNumber) {
      ...IndicatorMatrix_row
    }
  }
`);

export function IndicatorsPage() {
  const t = useMessages(indicatorMessages);
  const { doc } = useFilters();
  const documents = useQuery(DocumentsQuery, {});
  return (
    <div className="ind-page">
      <StatePanel
        loading={documents.loading}
        error={documents.error}
        data={documents.data?.documents.nodes ?? null}
        isEmpty={(nodes) => nodes.length === 0}
        emptyText={t.noDocuments}
        onRetry={documents.refetch}
      >
        {(nodes) => {
          const chosen = chooseDocument(nodes, doc);
          // A number the list does not spell the same way still goes to the server, which reads any bracket style.
          const number = chosen?.number ?? doc;
          return (
            <>
              <header className="ind-header">
                <h2 className="ind-title">{t.heading}</h2>
                <label className="ind-picker no-print">
                  {t.document}
                  <select
                    value={chosen?.number ?? ''}
                    onChange={(e) => navigate({ doc: e.target.value })}
                  >
                    {chosen === null && <option value="">{doc}</option>}
                    {nodes.map((d) => (
                      <option key={d.number} value={d.number}>
                        {d.number} · {d.title}
                      </option>
                    ))}
                  </select>
                </label>
              </header>
              <p className="ind-intro">{t.intro}</p>
              {number ? (
                <Comparison key={number} documentNumber={number} />
              ) : (
                <p className="state">{t.noRows}</p>
              )}
            </>
          );
        }}
      </StatePanel>
    </div>
  );
}

function Comparison({ documentNumber }: { documentNumber: string }) {
  const t = useMessages(indicatorMessages);
  const query = useQuery(ComparisonQuery, { documentNumber });
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <StatePanel
      loading={query.loading}
      error={query.error}
      data={query.data?.indicatorComparison ?? null}
      isEmpty={(rows) => rows.length === 0}
      emptyText={t.noRows}
      onRetry={query.refetch}
    >
      {(rows) => {
        const matrix = buildMatrix(rows);
        const numeric = matrix.rows.filter((r) => r.numeric);
        const selected = numeric.find((r) => r.key === picked) ?? numeric[0] ?? null;
        const counts = statusCounts(matrix);
        return (
          <>
            <section className="panel" aria-labelledby="ind-matrix-title">
              <IndicatorExport matrix={matrix} documentNumber={documentNumber} />
              <div className="ind-panel-head">
                <h2 id="ind-matrix-title">{documentNumber}</h2>
                <p className="ind-summary" data-testid="indicator-summary">
                  <span>{fill(t.summary, { cells: counts.total })}</span>
                  {STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => (
                    <span key={s} data-status={s}>
                      <StatusLight status={s} /> <strong>{counts[s]}</strong>
                    </span>
                  ))}
                </p>
              </div>
              <p className="ind-hint no-print">{t.scrollHint}</p>
              <IndicatorMatrix
                matrix={matrix}
                selected={selected?.key ?? null}
                onSelect={setPicked}
              />
            </section>
            <section className="panel" aria-labelledby="ind-chart-title">
              <div className="ind-panel-head">
                <h2 id="ind-chart-title">{t.chartTitle}</h2>
                {numeric.length > 0 && (
                  <label className="ind-picker no-print">
                    {t.chartPick}
                    <select value={selected?.key ?? ''} onChange={(e) => setPicked(e.target.value)}>
                      {numeric.map((r) => (
                        <option key={r.key} value={r.key}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
              {selected ? (
                <IndicatorChart row={selected} />
              ) : (
                <p className="state">{t.noNumeric}</p>
              )}
            </section>
          </>
        );
      }}
    </StatePanel>
  );
}
