/**
 * The leadership's overview: a region's totals as of a month, each child region's progress
 * against the time-elapsed benchmark (序时进度), unspent balances, the trend by month and a table
 * of the figures. Year, month, program and region come from the URL; the default region is the
 * top of the tree, and `region` shows that region's children instead. Fits one A4 landscape page.
 */
import { graphql } from '../../gql/gql.ts';
import { Filters } from '../../components/Filters.tsx';
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { overviewMessages } from './messages.ts';
import { regionRows } from './overview-series.ts';
import { OverviewAllocation } from './OverviewAllocation.tsx';
import { OverviewCards } from './OverviewCards.tsx';
import { OverviewExports } from './OverviewExports.tsx';
import { ProgressChart } from './ProgressChart.tsx';
import { UnspentChart } from './UnspentChart.tsx';
import { TrendChart } from './TrendChart.tsx';
import { RegionTable } from './RegionTable.tsx';
import { RegionSelect } from './RegionSelect.tsx';
import './overview.css';

const OverviewQuery = graphql(`
  query OverviewPage($year: Int!, $month: Int!, $region: String, $programId: ID) {
    execution(year: $year, month: $month, region: $region, programId: $programId) {
      ...OverviewRegion_figures
      ...OverviewCards_execution
      ...OverviewTrend_execution
      year
      month
      region {
        parent {
          name
          parent {
            name
          }
        }
      }
      children {
        ...OverviewRegion_figures
      }
    }
    programs(year: $year) {
      id
      name
    }
  }
`);

export function OverviewPage() {
  const t = useMessages(overviewMessages);
  const { year, month, programId, region } = useFilters();
  const result = useQuery(OverviewQuery, { year, month, region, programId });
  const program = result.data?.programs.find((p) => p.id === programId)?.name ?? t.allPrograms;
  return (
    <div className="overview" aria-busy={result.loading}>
      <div className="overview-filters no-print">
        <Filters />
        <RegionSelect shown={result.data?.execution?.region.name} />
      </div>
      <StatePanel
        loading={result.loading}
        error={result.error}
        data={result.data}
        // No region expected to report: nothing was allocated to it that year.
        isEmpty={(d) => d.execution === null || d.execution.expectedCount === 0}
        emptyText={fill(t.noData, {
          year,
          region: result.data?.execution?.region.name ?? region ?? '',
        })}
        onRetry={result.refetch}
      >
        {({ execution }) =>
          execution && (
            <>
              <header className="overview-heading">
                <h2>{fill(t.heading, { region: execution.region.name })}</h2>
                <p>
                  {fill(t.period, { year: execution.year, month: execution.month, program })}
                  <span className="overview-unit">{t.unit}</span>
                </p>
                {region && (
                  <p className="overview-links no-print">
                    {execution.region.parent && (
                      <Link
                        to={{
                          region: execution.region.parent.parent
                            ? execution.region.parent.name
                            : null,
                        }}
                      >
                        {fill(t.backToParent, { region: execution.region.parent.name })}
                      </Link>
                    )}
                    <Link to={{ view: 'region', region: execution.region.name }}>
                      {fill(t.regionDetail, { region: execution.region.name })}
                    </Link>
                  </p>
                )}
              </header>
              <OverviewExports execution={execution} programId={programId} />
              <OverviewCards execution={execution} rows={regionRows(execution)} />
              <OverviewAllocation
                year={execution.year}
                month={execution.month}
                region={execution.region.name}
                programId={programId}
              />
              <div className="overview-charts">
                <ProgressChart rows={regionRows(execution)} benchmark={execution.benchmark} />
                <UnspentChart rows={regionRows(execution)} />
                <TrendChart execution={execution} />
              </div>
              <RegionTable total={execution} rows={regionRows(execution)} />
            </>
          )
        }
      </StatePanel>
    </div>
  );
}
