/** Year, as-of month and program, kept in the URL. */
import { graphql } from '../gql/gql.ts';
import { useQuery } from '../lib/graphql.ts';
import { defineMessages, useMessages } from '../lib/i18n.ts';
import { useDataDefaults, useFilters } from '../lib/period.ts';
import { navigate } from '../lib/url-state.ts';

const ProgramsQuery = graphql(`
  query FilterPrograms($year: Int) {
    programs(year: $year) {
      id
      name
      year
    }
  }
`);

const messages = defineMessages({
  zh: {
    filters: '筛选条件',
    year: '年度',
    month: '截至月份',
    program: '资金项目',
    allPrograms: '全部项目',
    monthN: '{n}月',
  },
  en: {
    filters: 'Filters',
    year: 'Year',
    month: 'As of month',
    program: 'Program',
    allPrograms: 'All programs',
    monthN: 'Month {n}',
  },
});

export function Filters({ showProgram = true }: { showProgram?: boolean }) {
  const t = useMessages(messages);
  const { year, month, programId } = useFilters();
  const { years } = useDataDefaults();
  const programs = useQuery(ProgramsQuery, { year });
  return (
    <form className="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label={t.filters}>
      <label>
        {t.year}
        <select
          value={year}
          onChange={(e) => navigate({ year: Number(e.target.value), program: null })}
        >
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.month}
        <select value={month} onChange={(e) => navigate({ month: Number(e.target.value) })}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {t.monthN.replace('{n}', String(m))}
            </option>
          ))}
        </select>
      </label>
      {showProgram && (
        <label>
          {t.program}
          <select
            value={programId ?? ''}
            onChange={(e) => navigate({ program: e.target.value || null })}
          >
            <option value="">{t.allPrograms}</option>
            {programs.data?.programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
