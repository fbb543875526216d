/** Which region the overview shows: the top region by default, or any region of the tree. */
import { graphql } from '../../gql/gql.ts';
import { useQuery } from '../../lib/graphql.ts';
import { useMessages } from '../../lib/i18n.ts';
import { useFilters } from '../../lib/period.ts';
import { navigate } from '../../lib/url-state.ts';
import { overviewMessages } from './messages.ts';
import { regionOptions } from './overview-series.ts';

const RegionOptionsQuery = graphql(`
  query OverviewRegionOptions {
    regions {
      name
      children {
        name
        children {
          name
        }
      }
    }
  }
`);

/** `shown`: the official name of the region on screen, once known (the URL may hold an alias). */
export function RegionSelect({ shown }: { shown?: string }) {
  const t = useMessages(overviewMessages);
  const { region } = useFilters();
  const result = useQuery(RegionOptionsQuery, {});
  // The top region by name is the default (''), unless the default view starts below it (a
  // 自治区 that only passes money to one prefecture): then the top is chosen by its name.
  const options = regionOptions(result.data?.regions ?? []).map((o, i) =>
    i === 0 && region === null && shown && shown !== o.name ? { ...o, value: o.name } : o,
  );
  const named = region === null ? (shown ?? null) : (shown ?? region);
  const value = options.find((o) => o.name === named)?.value ?? named ?? '';
  const known = options.some((o) => o.value === value);
  return (
    <form className="filters overview-region-filter" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.region}
        <select
          value={value}
          disabled={options.length === 0}
          onChange={(e) => navigate({ region: e.target.value || null })}
        >
          {!known && value && <option value={value}>{value}</option>}
          {options.map((o) => (
            <option key={o.name} value={o.value}>
              {'\u3000'.repeat(o.depth) + o.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
