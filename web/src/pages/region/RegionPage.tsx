/**
 * Region view (/region?region=…): one region's allocation, execution for the chosen month,
 * monthly forms with their versions, spending by direction, indicators, and the reasons and
 * measures it gave. A parent region also lists its children, each a link one level down.
 */
import { Filters } from '../../components/Filters.tsx';
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { graphql } from '../../gql/gql.ts';
import type { RegionPageTreeQuery } from '../../gql/graphql.ts';
import { formatMonth } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { navigate } from '../../lib/url-state.ts';
import { RegionAllocations } from './RegionAllocations.tsx';
import { RegionCards } from './RegionCards.tsx';
import { RegionChildren } from './RegionChildren.tsx';
import { RegionDirections } from './RegionDirections.tsx';
import { RegionFundYears } from './RegionFundYears.tsx';
import { RegionIndicators } from './RegionIndicators.tsx';
import { RegionReasons } from './RegionReasons.tsx';
import { RegionReports } from './RegionReports.tsx';
import { regionMessages } from './messages.ts';
import { findRegion, flattenRegions, notReported, type RegionOption } from './region-model.ts';
import './region.css';

const RegionTreeQuery = graphql(`
  query RegionPageTree {
    regions {
      name
      aliases
      level
      children {
        name
        aliases
        level
        children {
          name
          aliases
          level
        }
      }
    }
  }
`);

const RegionDataQuery = graphql(`
  query RegionPageData(
    $region: String!
    $year: Int!
    $month: Int!
    $programId: ID
    $reportMonth: Int
  ) {
    execution(year: $year, month: $month, region: $region, programId: $programId) {
      ...RegionCards_execution
      ...RegionDirections_execution
      ...RegionChildren_execution
    }
    documents(year: $year, programId: $programId, first: 100) {
      nodes {
        ...RegionAllocations_document
      }
    }
    spendingReports(region: $region, year: $year, month: $reportMonth, first: 100) {
      totalCount
      nodes {
        ...RegionReports_report
        ...RegionReasons_report
      }
    }
    lagExplanations(year: $year, month: $month, region: $region) {
      ...RegionReasons_lag
    }
  }
`);

export function RegionPage() {
  const t = useMessages(regionMessages);
  const filters = useFilters();
  const tree = useQuery(RegionTreeQuery, {});
  return (
    <div className="region-page">
      <div className="region-toolbar no-print">
        <Link to={{ view: 'overview', region: null }} className="region-back">
          {t.back}
        </Link>
      </div>
      <StatePanel loading={tree.loading} error={tree.error} data={tree.data} onRetry={tree.refetch}>
        {(data) => <RegionChosen regions={data.regions} wanted={filters.region} />}
      </StatePanel>
    </div>
  );
}

function RegionChosen({
  regions,
  wanted,
}: {
  regions: RegionPageTreeQuery['regions'];
  wanted: string | null;
}) {
  const t = useMessages(regionMessages);
  const options = flattenRegions(regions);
  const found = findRegion(options, wanted);
  // Without a region in the URL the view opens on the top of the tree (the prefecture).
  const chosen = found ?? (wanted === null ? (options[0] ?? null) : null);
  return (
    <>
      <header className="region-header">
        <h2 className="region-title">{chosen?.name ?? wanted ?? t.heading}</h2>
        {chosen?.parent && (
          <span className="region-parent">
            {t.parent}: <Link to={{ view: 'region', region: chosen.parent }}>{chosen.parent}</Link>
          </span>
        )}
        <RegionPicker options={options} value={chosen?.name ?? ''} />
        <Filters />
      </header>
      {chosen ? (
        // Keyed by region: another region starts from "loading", never under the last one's figures.
        <RegionBody key={chosen.name} region={chosen} />
      ) : (
        <p className="state" role="alert">
          {fill(t.notFound, { name: wanted ?? '' })}
        </p>
      )}
    </>
  );
}

function RegionPicker({ options, value }: { options: RegionOption[]; value: string }) {
  const t = useMessages(regionMessages);
  return (
    <label className="region-picker no-print">
      {t.picker}
      <select value={value} onChange={(e) => navigate({ region: e.target.value })}>
        {value === '' && <option value="" />}
        {options.map((o) => (
          <option key={o.name} value={o.name}>
            {'\u3000'.repeat(o.depth)}
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function RegionBody({ region }: { region: RegionOption }) {
  const t = useMessages(regionMessages);
  const lang = useLang();
  const { year, month, programId } = useFilters();
  const isParent = region.children.length > 0;
  const query = useQuery(RegionDataQuery, {
    region: region.name,
    year,
    month,
    programId,
    // A parent's forms are its children's: one month of them; a county's: the whole year.
    reportMonth: isParent ? month : null,
  });
  const monthLabel = formatMonth(year, month, lang);
  return (
    <StatePanel
      loading={query.loading}
      error={query.error}
      data={query.data}
      onRetry={query.refetch}
    >
      {(data) => {
        const documents = data.documents.nodes;
        const reports = data.spendingReports.nodes;
        const missing = notReported(data.execution?.children ?? []);
        const withSheet = documents.filter((d) =>
          d.allocations.some((a) => a.region.name === region.name),
        );
        return (
          <div data-testid="region-body" data-region={region.name} aria-busy={query.loading}>
            <p className="region-asof">{fill(t.asOf, { month: monthLabel })}</p>
            {data.execution ? (
              <RegionCards execution={data.execution} />
            ) : (
              <p className="state">{t.noExecution}</p>
            )}
            {isParent && data.execution && <RegionChildren execution={data.execution} />}
            <div className="grid-2">
              <RegionAllocations
                documents={documents}
                region={region.name}
                children={region.children}
              />
              {data.execution && <RegionDirections execution={data.execution} />}
            </div>
            <RegionFundYears region={region.name} year={year} />
            <RegionReports
              reports={reports}
              showRegion={isParent}
              title={isParent ? fill(t.reportsOfMonth, { month: monthLabel }) : t.reportsTitle}
              regionOrder={region.children}
              note={
                isParent && missing.length > 0
                  ? fill(t.notReportedList, { month: monthLabel, regions: missing.join('、') })
                  : null
              }
            />
            <RegionReasons reports={reports} lags={data.lagExplanations} showRegion={isParent} />
            {withSheet.map((d) => (
              <RegionIndicators key={d.number} region={region.name} documentNumber={d.number} />
            ))}
          </div>
        );
      }}
    </StatePanel>
  );
}
