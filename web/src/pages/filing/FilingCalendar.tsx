/**
 * The filing calendar: who has filed for the chosen month (on time, late, overdue), with version,
 * time and deadline, and a year grid of months × counties.
 *
 * One request: the twelve months' filingStatus as aliased fields of one query (twelve root
 * fields, each a few grouped SQL statements on the server; the brief allows up to twelve
 * queries). The chosen month's table is one of them, so the grid and the table always agree.
 */
import { useEffect } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { FilingCalendar_StatusFragment } from '../../gql/graphql.ts';
import { Link } from '../../components/Link.tsx';
import { StatePanel } from '../../components/StatePanel.tsx';
import { formatDateTime, formatMonth, MISSING } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import {
  filingState,
  monthSummary,
  yearGrid,
  type FilingState,
  type FilingStatusData,
} from './filing-calendar-model.ts';
import { calendarMessages } from './messages.ts';

export const FilingCalendarStatusFragment = graphql(`
  fragment FilingCalendar_status on FilingStatus {
    year
    month
    deadline
    filedCount
    expectedCount
    regions {
      region {
        id
        name
      }
      filed
      version
      submittedAt
      late
    }
  }
`);

const CalendarQuery = graphql(`
  query FilingCalendarYear($year: Int!) {
    m1: filingStatus(year: $year, month: 1) {
      ...FilingCalendar_status
    }
    m2: filingStatus(year: $year, month: 2) {
      ...FilingCalendar_status
    }
    m3: filingStatus(year: $year, month: 3) {
      ...FilingCalendar_status
    }
    m4: filingStatus(year: $year, month: 4) {
      ...FilingCalendar_status
    }
    m5: filingStatus(year: $year, month: 5) {
      ...FilingCalendar_status
    }
    m6: filingStatus(year: $year, month: 6) {
      ...FilingCalendar_status
    }
    m7: filingStatus(year: $year, month: 7) {
      ...FilingCalendar_status
    }
    m8: filingStatus(year: $year, month: 8) {
      ...FilingCalendar_status
    }
    m9: filingStatus(year: $year, month: 9) {
      ...FilingCalendar_status
    }
    m10: filingStatus(year: $year, month: 10) {
      ...FilingCalendar_status
    }
    m11: filingStatus(year: $year, month: 11) {
      ...FilingCalendar_status
    }
    m12: filingStatus(year: $year, month: 12) {
      ...FilingCalendar_status
    }
  }
`);

interface Props {
  year: number;
  month: number;
  /** The county the form is open for, highlighted. */
  selected: string | null;
  /** Changes after a filing, to load the calendar again. */
  refreshToken: number;
}

export function FilingCalendar({ year, month, selected, refreshToken }: Props) {
  const t = useMessages(calendarMessages);
  const calendar = useQuery(CalendarQuery, { year });
  const { refetch } = calendar;
  useEffect(() => {
    if (refreshToken > 0) refetch();
  }, [refreshToken, refetch]);
  const statuses = calendar.data
    ? ([
        calendar.data.m1,
        calendar.data.m2,
        calendar.data.m3,
        calendar.data.m4,
        calendar.data.m5,
        calendar.data.m6,
        calendar.data.m7,
        calendar.data.m8,
        calendar.data.m9,
        calendar.data.m10,
        calendar.data.m11,
        calendar.data.m12,
      ] satisfies FilingCalendar_StatusFragment[])
    : null;
  return (
    <section className="filing-calendar" aria-labelledby="filing-calendar-title">
      <h2 id="filing-calendar-title" className="filing-section-title">
        {t.title}
      </h2>
      <StatePanel
        loading={calendar.loading}
        error={calendar.error}
        data={statuses}
        onRetry={calendar.refetch}
        isEmpty={(s) => s.every((m) => m.expectedCount === 0)}
      >
        {(s) => {
          const chosen = s.find((m) => m.month === month);
          return (
            <div className="filing-calendar-grid">
              {chosen && <MonthTable status={chosen} selected={selected} />}
              <YearGrid statuses={s} year={year} month={month} selected={selected} />
            </div>
          );
        }}
      </StatePanel>
    </section>
  );
}

export function FilingStateBadge({ state }: { state: FilingState }) {
  const t = useMessages(calendarMessages);
  return <span className={`filing-state filing-state-${state}`}>{t[state]}</span>;
}

function MonthTable({ status, selected }: { status: FilingStatusData; selected: string | null }) {
  const t = useMessages(calendarMessages);
  const lang = useLang();
  const summary = monthSummary(status);
  const month = formatMonth(status.year, status.month, lang);
  return (
    <div className="panel filing-month" data-testid="filing-month">
      <h3>{fill(t.monthTitle, { month })}</h3>
      <p className="filing-month-summary">
        <span>
          <strong>{fill(t.summary, summary)}</strong>
          {summary.late > 0 && fill(t.summaryLate, summary)}
          {summary.overdue > 0 && fill(t.summaryOverdue, summary)}
        </span>
        <span className="filing-deadline">{fill(t.deadline, { date: status.deadline })}</span>
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t.region}</th>
            <th scope="col">{t.state}</th>
            <th scope="col" className="num">
              {t.version}
            </th>
            <th scope="col">{t.submittedAt}</th>
            <th scope="col" className="no-print">
              {t.action}
            </th>
          </tr>
        </thead>
        <tbody>
          {status.regions.map((entry) => (
            <tr
              key={entry.region.name}
              data-region={entry.region.name}
              className={entry.region.name === selected ? 'filing-selected' : undefined}
              aria-current={entry.region.name === selected ? 'true' : undefined}
            >
              <th scope="row">{entry.region.name}</th>
              <td>
                <FilingStateBadge state={filingState(entry)} />
              </td>
              <td className="num">
                {entry.version ? fill(t.versionN, { n: entry.version }) : MISSING}
              </td>
              <td className="filing-nowrap">{formatDateTime(entry.submittedAt, lang)}</td>
              <td className="no-print filing-nowrap">
                <Link to={{ view: 'filing', region: entry.region.name, month: status.month }}>
                  {entry.filed ? t.revise : t.file}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="filing-note">{t.latenessNote}</p>
    </div>
  );
}

function YearGrid({
  statuses,
  year,
  month,
  selected,
}: {
  statuses: readonly FilingStatusData[];
  year: number;
  month: number;
  selected: string | null;
}) {
  const t = useMessages(calendarMessages);
  const lang = useLang();
  const grid = yearGrid(statuses);
  const states: FilingState[] = ['ON_TIME', 'FILED_LATE', 'OVERDUE', 'OPEN'];
  return (
    <div className="panel filing-year" data-testid="filing-year">
      <h3>{fill(t.yearTitle, { year })}</h3>
      <div className="filing-year-scroll">
        <table className="data filing-year-table">
          <caption className="visually-hidden">{fill(t.yearCaption, { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.region}</th>
              {grid.months.map((m) => (
                <th
                  key={m}
                  scope="col"
                  className={m === month ? 'filing-current-month' : undefined}
                  aria-current={m === month ? 'date' : undefined}
                >
                  {fill(t.month, { n: m })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr
                key={row.region}
                data-region={row.region}
                className={row.region === selected ? 'filing-selected' : undefined}
              >
                <th scope="row">{row.region}</th>
                {grid.months.map((m) => {
                  const cell = row.cells.find((c) => c.month === m);
                  if (!cell) return <td key={m}>{MISSING}</td>;
                  const label =
                    fill(t.cellLabel, {
                      region: row.region,
                      month: formatMonth(year, m, lang),
                      state: t[cell.state],
                    }) + (cell.version ? fill(t.cellVersion, { n: cell.version }) : '');
                  return (
                    <td
                      key={m}
                      data-month={m}
                      className={m === month ? 'filing-current-month' : undefined}
                    >
                      <Link
                        to={{ view: 'filing', region: row.region, month: m }}
                        className={`filing-cell filing-state-${cell.state}`}
                      >
                        <span aria-hidden="true">{t[`short_${cell.state}`]}</span>
                        <span className="visually-hidden">{label}</span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.filedRow}</th>
              {grid.filed.map((f) => (
                <td key={f.month} className="num">
                  {f.filed}/{f.expected}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="filing-legend">
        <span>{t.legend}</span>
        {states.map((s) => (
          <span key={s} className="filing-legend-item">
            <span className={`filing-cell filing-state-${s}`} aria-hidden="true">
              {t[`short_${s}`]}
            </span>
            {t[s]}
          </span>
        ))}
      </p>
    </div>
  );
}
