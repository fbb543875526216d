/**
 * The year and month a view shows: the URL's, else the latest month any region reported for
 * (else the newest year's current month). Read once per page load from dataStatus.
 */
import { createContext, useContext } from 'react';
import { useUrlState } from './url-state.ts';

export interface DataDefaults {
  year: number;
  month: number;
  years: number[];
  hasSampleData: boolean;
}

export const DataDefaultsContext = createContext<DataDefaults | null>(null);

export function useDataDefaults(): DataDefaults {
  const defaults = useContext(DataDefaultsContext);
  if (!defaults) throw new Error('useDataDefaults outside the app shell');
  return defaults;
}

/** The filters in force: URL values over the defaults. */
export function useFilters() {
  const url = useUrlState();
  const defaults = useDataDefaults();
  return {
    year: url.year ?? defaults.year,
    month: url.month ?? defaults.month,
    programId: url.program,
    region: url.region,
    doc: url.doc,
    lang: url.lang,
  };
}

export function defaultsFrom(status: {
  latestPeriod?: { year: number; month: number } | null;
  years: number[];
  hasSampleData: boolean;
}): DataDefaults {
  const year = status.latestPeriod?.year ?? status.years[0] ?? new Date().getFullYear();
  const month = status.latestPeriod?.month ?? 1;
  return { year, month, years: status.years, hasSampleData: status.hasSampleData };
}
