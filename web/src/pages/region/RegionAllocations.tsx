/**
 * The region's allocation per notice (附件1): annual total = early advance (+ earlier batches)
 * + this batch. A negative batch is a clawback, shown in red with a note. A parent region also
 * lists its children's rows, so a clawback below it is visible too.
 */
import { FormDownloads } from '../../components/FormDownloads.tsx';
import { Link } from '../../components/Link.tsx';
import { TableExport } from '../../components/TableExport.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionAllocations_DocumentFragment } from '../../gql/graphql.ts';
import { formatWan } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { regionMessages } from './messages.ts';
import { allocationRows, byDocument } from './region-model.ts';

export const RegionAllocationsFragment = graphql(`
  fragment RegionAllocations_document on FundDocument {
    number
    title
    allocations {
      region {
        name
      }
      annualTotal
      earlyAdvance
      priorBatches
      thisBatch
      isSubtotal
    }
  }
`);

interface Props {
  documents: RegionAllocations_DocumentFragment[];
  region: string;
  children: string[];
}

export function RegionAllocations({ documents, region, children }: Props) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const rows = allocationRows(documents, region, children);
  const groups = byDocument(rows);
  const showPrior = rows.some((r) => r.priorBatches !== null);
  const anyClawback = rows.some((r) => r.isClawback);
  return (
    <section className="panel" aria-labelledby="region-allocation">
      <TableExport
        title={t.exportTitle}
        name={t.allocationTitle}
        columns={[t.document, t.region, t.annualTotal, t.earlyAdvance, t.priorBatches, t.thisBatch]}
        rows={() =>
          rows.map((r) => [
            r.documentNumber,
            r.region,
            { wan: r.annualTotal },
            { wan: r.earlyAdvance },
            { wan: r.priorBatches },
            { wan: r.thisBatch },
          ])
        }
      />
      <h2 id="region-allocation">{t.allocationTitle}</h2>
      {rows.length === 0 ? (
        <p className="state">{t.noAllocation}</p>
      ) : (
        <>
          <table className="data" data-testid="region-allocation">
            <thead>
              <tr>
                <th scope="col">{t.region}</th>
                <th scope="col" className="num">
                  {t.annualTotal}
                </th>
                <th scope="col" className="num">
                  {t.earlyAdvance}
                </th>
                {showPrior && (
                  <th scope="col" className="num">
                    {t.priorBatches}
                  </th>
                )}
                <th scope="col" className="num">
                  {t.thisBatch}
                </th>
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.documentNumber} data-document={g.documentNumber}>
                <tr className="region-doc-row">
                  <th scope="colgroup" colSpan={showPrior ? 5 : 4}>
                    {g.documentNumber}
                    <span className="region-muted"> · {g.title}</span>
                    <FormDownloads document={g.documentNumber} region={region} />
                  </th>
                </tr>
                {g.rows.map((r) => (
                  <tr
                    key={r.region}
                    className={r.isSelf ? 'region-self-row' : undefined}
                    data-region={r.region}
                  >
                    <th scope="row">
                      {r.isSelf ? (
                        r.region
                      ) : (
                        <Link to={{ view: 'region', region: r.region }}>{r.region}</Link>
                      )}
                      {r.isSubtotal && t.subtotal}
                    </th>
                    <td className="num" data-figure="annualTotal">
                      {formatWan(r.annualTotal, lang)}
                    </td>
                    <td className="num">{formatWan(r.earlyAdvance, lang)}</td>
                    {showPrior && <td className="num">{formatWan(r.priorBatches, lang)}</td>}
                    <td
                      className={r.isClawback ? 'num negative region-clawback' : 'num'}
                      data-figure="thisBatch"
                    >
                      {formatWan(r.thisBatch, lang)}
                      {r.isClawback && (
                        <span className="region-clawback-note">
                          {fill(t.clawback, { amount: formatWan(-r.thisBatch, lang) })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <p className="region-note region-muted">{t.allocationNote}</p>
          {anyClawback && (
            <p className="region-note negative region-clawback-explained" role="note">
              {t.clawbackNote}
            </p>
          )}
        </>
      )}
    </section>
  );
}
