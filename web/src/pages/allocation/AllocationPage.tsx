/**
 * 资金分配 (/allocation?region=…): for a region and its children, the table the 直达资金
 * platform shows (上级下达 · 分配下级 · 本级 · 未分配 · 分配进度 · 天数 · 已支出 · 支出进度), a
 * flow chart from the upstream notice to the regions below, and the allocation warnings.
 * A child that passes money on is a link one level down; the parent link goes back up.
 * Loaded lazily (its own chunk), so the dashboard's first load does not carry it.
 */
import { Filters } from '../../components/Filters.tsx';
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { graphql } from '../../gql/gql.ts';
import { useQuery } from '../../lib/graphql.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { AllocationFlow } from './AllocationFlow.tsx';
import { AllocationTable } from './AllocationTable.tsx';
import { messageIn } from './allocation-model.ts';
import { allocationMessages } from './messages.ts';
import './allocation.css';

const ChainQuery = graphql(`
  query AllocationPage($year: Int!, $month: Int!, $region: String, $programId: ID) {
    allocationChain(year: $year, month: $month, region: $region, programId: $programId) {
      asOf
      region {
        name
        level
        parent {
          name
        }
      }
      received
      passedDown
      kept
      unallocated
      allocationProgress
      allocated
      spent
      spendingProgress
      daysToAllocate
      daysWaiting
      timeliness {
        limitDays
      }
      upstreamNotices {
        number
        batchName
        issuedOn
        amount
      }
      ownNotices {
        number
        batchName
        issuedOn
        amount
        daysAfterUpstream
      }
      warnings {
        code
        message
      }
      children {
        region {
          name
          level
        }
        received
        passedDown
        kept
        unallocated
        allocationProgress
        allocated
        spent
        spendingProgress
        daysToAllocate
        daysWaiting
        warnings {
          code
          message
        }
      }
    }
  }
`);

export default function AllocationPage() {
  const t = useMessages(allocationMessages);
  const lang = useLang();
  const filters = useFilters();
  const chain = useQuery(ChainQuery, {
    year: filters.year,
    month: filters.month,
    region: filters.region,
    programId: filters.programId,
  });
  return (
    <div className="allocation-page">
      <StatePanel
        loading={chain.loading}
        error={chain.error}
        data={chain.data}
        onRetry={chain.refetch}
      >
        {({ allocationChain: node }) => {
          const warnings = [node, ...node.children].flatMap((n) => n.warnings);
          return (
            <>
              <header className="allocation-header">
                <h2 className="allocation-title">
                  {t.heading} · {node.region.name}
                </h2>
                {node.region.parent && (
                  <Link
                    to={{ view: 'allocation', region: node.region.parent.name }}
                    className="allocation-up no-print"
                  >
                    ↑ {t.up}: {node.region.parent.name}
                  </Link>
                )}
                <Filters />
              </header>
              <AllocationFlow node={node} />
              <AllocationTable
                node={node}
                limitDays={node.timeliness?.limitDays ?? 30}
                asOf={node.asOf}
              />
              <section className="panel" aria-labelledby="allocation-warnings">
                <h2 id="allocation-warnings">{t.warnings}</h2>
                {warnings.length === 0 ? (
                  <p>{t.noWarnings}</p>
                ) : (
                  <ul className="allocation-warnings" data-testid="allocation-warnings">
                    {warnings.map((w, i) => (
                      <li key={i} data-code={w.code}>
                        {messageIn(w.message, lang)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </StatePanel>
    </div>
  );
}
