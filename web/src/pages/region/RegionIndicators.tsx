/** The region's performance indicators under one notice: target as written, latest result, status light. */
import { StatePanel } from '../../components/StatePanel.tsx';
import { StatusLight, useStatusWords } from '../../components/StatusLight.tsx';
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import { MISSING } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { levelLabel, levelMessages } from '../indicators/indicator-labels.ts';
import { resultText } from '../indicators/indicators-model.ts';
import { regionMessages } from './messages.ts';

const RegionIndicatorsQuery = graphql(`
  query RegionPageIndicators($region: String!, $documentNumber: String!) {
    regionIndicators(region: $region, documentNumber: $documentNumber) {
      indicator {
        id
        name
        level1
        level2
      }
      target {
        text
        kind
        unit
      }
      result {
        value
        text
        outcome
      }
      previousResult {
        value
        text
      }
      status
    }
  }
`);

export function RegionIndicators({
  region,
  documentNumber,
}: {
  region: string;
  documentNumber: string;
}) {
  const t = useMessages(regionMessages);
  const levels = useMessages(levelMessages);
  const words = useStatusWords();
  const query = useQuery(RegionIndicatorsQuery, { region, documentNumber });
  return (
    <section className="panel" aria-labelledby={`region-indicators-${documentNumber}`}>
      <h2 id={`region-indicators-${documentNumber}`}>
        {fill(t.indicatorsTitle, { doc: documentNumber })}
      </h2>
      <StatePanel
        loading={query.loading}
        error={query.error}
        data={query.data?.regionIndicators ?? null}
        isEmpty={(cells) => cells.length === 0}
        emptyText={t.noIndicators}
        onRetry={query.refetch}
      >
        {(cells) => (
          <>
            <TableExport
              title={t.exportTitle}
              name={fill(t.indicatorsTitle, { doc: documentNumber })}
              columns={[t.indicator, t.level, t.target, t.result, t.status]}
              rows={() =>
                cells.map((c) => [
                  c.indicator.name,
                  levelLabel(levels, c.indicator.level1, c.indicator.level2),
                  c.target.text,
                  resultText(c.result, c.target),
                  words[c.status],
                ])
              }
            />
            <table className="data" data-testid="region-indicators">
              <thead>
                <tr>
                  <th scope="col">{t.indicator}</th>
                  <th scope="col">{t.level}</th>
                  <th scope="col">{t.target}</th>
                  <th scope="col">{t.result}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {cells.map((c) => {
                  const previous =
                    c.target.kind === 'RELATIVE_TO_PREVIOUS_YEAR'
                      ? resultText(c.previousResult, c.target)
                      : null;
                  return (
                    <tr key={c.indicator.id} data-status={c.status}>
                      <th scope="row" className="region-indicator-name">
                        {c.indicator.name}
                      </th>
                      <td className="region-muted">
                        {levelLabel(levels, c.indicator.level1, c.indicator.level2)}
                      </td>
                      <td>{c.target.text}</td>
                      <td>
                        {resultText(c.result, c.target) ?? MISSING}
                        {previous !== null && (
                          <span className="region-muted region-previous">
                            {fill(t.previous, { value: previous })}
                          </span>
                        )}
                      </td>
                      <td>
                        <StatusLight status={c.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </StatePanel>
    </section>
  );
}
