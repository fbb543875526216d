/**
 * Monthly filing for county clerks (/filing): a COUNTY account's form is always its own
 * region's; other roles pick a county (the URL's region) to see its latest filing, without a
 * form. The form (附件4) is pre-filled from the latest version; the filing calendar below shows
 * who has filed for the month and the year.
 */
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { FilingFundsQuery } from '../../gql/graphql.ts';
import { Filters } from '../../components/Filters.tsx';
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { formatDateTime, formatMonth } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { useAccount } from '../../lib/account.ts';
import { useFilters } from '../../lib/period.ts';
import { navigate } from '../../lib/url-state.ts';
import { FilingCalendar, FilingStateBadge } from './FilingCalendar.tsx';
import { filingState } from './filing-calendar-model.ts';
import { FilingForm, type Submitted } from './FilingForm.tsx';
import { countiesOf, findCounty, fundsFor, type County } from './filing-form-model.ts';
import { filingMessages } from './messages.ts';
import { WorkbookUpload } from './WorkbookUpload.tsx';
import './filing.css';

const FundsQuery = graphql(`
  query FilingFunds($year: Int!) {
    documents(year: $year, first: 100) {
      nodes {
        number
        batch
        issuedOn
        spendingDirections
        program {
          id
          name
        }
        allocations {
          region {
            name
            aliases
          }
          annualTotal
          isSubtotal
        }
      }
    }
  }
`);

const LatestReportQuery = graphql(`
  query FilingLatestReport($region: String!, $year: Int!, $month: Int!) {
    spendingReports(region: $region, year: $year, month: $month, latestOnly: true, first: 1) {
      nodes {
        ...FilingForm_report
      }
    }
    filingStatus(year: $year, month: $month, region: $region) {
      deadline
      regions {
        region {
          name
        }
        filed
        late
      }
    }
  }
`);

type Documents = FilingFundsQuery['documents']['nodes'];

interface Confirmation extends Submitted {
  county: string;
  year: number;
  month: number;
}

export function FilingPage() {
  const t = useMessages(filingMessages);
  const { year, month, region } = useFilters();
  const funds = useQuery(FundsQuery, { year });
  const [refreshToken, setRefreshToken] = useState(0);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const documents = funds.data?.documents.nodes ?? null;
  const counties = documents ? countiesOf(documents) : [];
  const account = useAccount();
  const mayFile = account.role === 'COUNTY';
  const county = findCounty(counties, mayFile ? account.region : region);

  return (
    <div className="filing-page">
      <header className="filing-header">
        <h2 className="filing-title">
          {t.title} <span className="filing-subtitle">{t.formTitle}</span>
        </h2>
        <p className="filing-intro">{t.intro}</p>
      </header>
      <div className="filing-controls no-print">
        {mayFile ? (
          <p className="filing-own-county">{fill(t.ownCounty, { county: account.region ?? '' })}</p>
        ) : (
          <CountyPicker counties={counties} value={county?.name ?? null} />
        )}
        <Filters showProgram={false} />
      </div>
      <StatePanel
        loading={funds.loading}
        error={funds.error}
        data={documents}
        onRetry={funds.refetch}
        isEmpty={(d) => d.length === 0}
        emptyText={fill(t.noDocuments, { year })}
      >
        {(docs) =>
          county ? (
            <FormSection
              key={`${county.name}|${year}|${month}`}
              documents={docs}
              county={county.name}
              year={year}
              month={month}
              mayFile={mayFile}
              confirmation={
                confirmation?.county === county.name &&
                confirmation.year === year &&
                confirmation.month === month
                  ? confirmation
                  : null
              }
              onSubmitted={(s) => {
                setConfirmation({ ...s, county: county.name, year, month });
                setRefreshToken((n) => n + 1);
              }}
            />
          ) : (
            <p className="panel filing-prompt">
              {region ? fill(t.notCounty, { name: region }) : t.pickPrompt}
            </p>
          )
        }
      </StatePanel>
      <FilingCalendar
        year={year}
        month={month}
        selected={county?.name ?? null}
        refreshToken={refreshToken}
      />
    </div>
  );
}

function CountyPicker({ counties, value }: { counties: County[]; value: string | null }) {
  const t = useMessages(filingMessages);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.county}>
      <label>
        {t.county}
        <select
          name="region"
          value={value ?? ''}
          onChange={(e) => navigate({ region: e.target.value || null })}
        >
          <option value="">{t.chooseCounty}</option>
          {counties.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

interface SectionProps {
  documents: Documents;
  county: string;
  year: number;
  month: number;
  /** Only the county's own account files; others see the latest version without a form. */
  mayFile: boolean;
  confirmation: Confirmation | null;
  onSubmitted: (report: Submitted) => void;
}

/** The county's form for the month, with the version it starts from and the deadline. */
function FormSection({
  documents,
  county,
  year,
  month,
  mayFile,
  confirmation,
  onSubmitted,
}: SectionProps) {
  const t = useMessages(filingMessages);
  const lang = useLang();
  const latest = useQuery(LatestReportQuery, { region: county, year, month });
  const funds = fundsFor(documents, county);
  const status = latest.data?.filingStatus;
  const entry = status?.regions.find((r) => r.region.name === county);
  const monthText = formatMonth(year, month, lang);
  return (
    <section className="panel filing-form-panel" aria-labelledby="filing-form-title">
      <div className="filing-form-head">
        <h3 id="filing-form-title">{fill(t.heading, { county, month: monthText })}</h3>
        {status && (
          <span className="filing-deadline">{fill(t.deadline, { date: status.deadline })}</span>
        )}
        {entry && <FilingStateBadge state={filingState(entry)} />}
        <span className="filing-unit">{t.unit}</span>
      </div>
      {confirmation && (
        <div className="filing-success" role="status">
          <p>
            {fill(t.success, {
              county,
              month: monthText,
              version: confirmation.version,
              time: formatDateTime(confirmation.submittedAt, lang),
            })}
          </p>
          <p className="filing-success-links">
            <Link to={{ view: 'overview', region: null }}>{t.toOverview}</Link>
            <Link to={{ view: 'region', region: county }}>{fill(t.toRegion, { county })}</Link>
          </p>
        </div>
      )}
      <StatePanel
        loading={latest.loading}
        error={latest.error}
        data={latest.data}
        onRetry={latest.refetch}
      >
        {(data) => {
          const report = data.spendingReports.nodes[0] ?? null;
          if (funds.length === 0) return <p>{fill(t.noFunds, { county, year })}</p>;
          return (
            <>
              <p className="filing-version" data-testid="filing-version">
                {report
                  ? fill(t.versionNote, {
                      version: report.version,
                      time: formatDateTime(report.submittedAt, lang),
                      next: report.version + 1,
                    })
                  : t.firstNote}
              </p>
              {!mayFile && <p className="filing-read-only">{t.readOnly}</p>}
              {mayFile && (
                <>
                  <FilingForm
                    key={report?.id ?? 'new'}
                    county={county}
                    year={year}
                    month={month}
                    funds={funds}
                    report={report}
                    onSubmitted={(s) => {
                      onSubmitted(s);
                      latest.refetch();
                    }}
                  />
                  <WorkbookUpload
                    county={county}
                    year={year}
                    month={month}
                    onSubmitted={(s) => {
                      onSubmitted(s);
                      latest.refetch();
                    }}
                  />
                </>
              )}
            </>
          );
        }}
      </StatePanel>
    </section>
  );
}
