/**
 * The view and its filters live in the URL (path + query), so any view can be bookmarked,
 * printed and shared. One hook reads them; `navigate` changes them and re-renders.
 *
 *   /                      overview          /region?region=昌吉市   region view
 *   /allocation?region=…   资金分配 chain     /indicators            comparison
 *   /filing                monthly filing
 *   /quality               data quality      /account, /audit        own account; audit trail
 *   /import                import a notice (admins)
 *   query: year, month, program, region, doc, lang (zh|en)
 */
import { useSyncExternalStore } from 'react';
import type { Lang } from './format.ts';

export type View =
  | 'overview'
  | 'region'
  | 'allocation'
  | 'indicators'
  | 'filing'
  | 'quality'
  | 'account'
  | 'audit'
  | 'import';

const PATHS: Record<View, string> = {
  overview: '/',
  region: '/region',
  allocation: '/allocation',
  indicators: '/indicators',
  filing: '/filing',
  quality: '/quality',
  account: '/account',
  audit: '/audit',
  import: '/import',
};

export interface UrlState {
  view: View;
  year: number | null;
  month: number | null;
  program: string | null;
  region: string | null;
  doc: string | null;
  lang: Lang;
}

const CHANGE = 'url-state-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

function intParam(params: URLSearchParams, name: string): number | null {
  const n = Number(params.get(name));
  return params.has(name) && Number.isInteger(n) ? n : null;
}

export function parseUrlState(pathname: string, search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = (Object.entries(PATHS).find(([, p]) => p === pathname)?.[0] ?? 'overview') as View;
  return {
    view,
    year: intParam(params, 'year'),
    month: intParam(params, 'month'),
    program: params.get('program'),
    region: params.get('region'),
    doc: params.get('doc'),
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
  };
}

export function urlFor(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('year', String(state.year));
  if (state.month !== null) params.set('month', String(state.month));
  if (state.program) params.set('program', state.program);
  if (state.region) params.set('region', state.region);
  if (state.doc) params.set('doc', state.doc);
  if (state.lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return PATHS[state.view] + (query ? `?${query}` : '');
}

export function useUrlState(): UrlState {
  const current = useSyncExternalStore(subscribe, snapshot);
  const queryAt = current.indexOf('?');
  return queryAt < 0
    ? parseUrlState(current, '')
    : parseUrlState(current.slice(0, queryAt), current.slice(queryAt));
}

/** Moves to another view or filter set, keeping what is not changed. */
export function navigate(change: Partial<UrlState>): void {
  const here = parseUrlState(window.location.pathname, window.location.search);
  const next = urlFor({ ...here, ...change });
  if (next === snapshot()) return;
  window.history.pushState(null, '', next);
  window.dispatchEvent(new Event(CHANGE));
}
