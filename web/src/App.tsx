/** The app shell: header, navigation, language, sample-data mark, and the view in the URL. */
import { lazy, Suspense } from 'react';
import { graphql } from './gql/gql.ts';
import { Link } from './components/Link.tsx';
import { StatePanel } from './components/StatePanel.tsx';
import { useQuery } from './lib/graphql.ts';
import { defineMessages, useMessages } from './lib/i18n.ts';
import { DataDefaultsContext, defaultsFrom } from './lib/period.ts';
import { navigate, useUrlState, type View } from './lib/url-state.ts';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';
import { RegionPage } from './pages/region/RegionPage.tsx';
import { IndicatorsPage } from './pages/indicators/IndicatorsPage.tsx';
import { FilingPage } from './pages/filing/FilingPage.tsx';
import { QualityPage } from './pages/quality/QualityPage.tsx';
import { AccountPage } from './pages/account/AccountPage.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
// Admins only, and rarely: its own chunk, so the dashboard's first load does not carry it.
const ImportPage = lazy(() => import('./pages/import/ImportPage.tsx'));
import type { Role } from './gql/graphql.ts';

// Its own chunk: the 资金分配 view is loaded when first opened.
const AllocationPage = lazy(() => import('./pages/allocation/AllocationPage.tsx'));
import { AccountContext, mayUseExplorer, roleLabel, type CurrentAccount } from './lib/account.ts';
import { signOut } from './login/auth-api.ts';

const ShellQuery = graphql(`
  query AppShell {
    dataStatus {
      latestPeriod {
        year
        month
      }
      years
      hasSampleData
    }
    me {
      username
      displayName
      role
      region {
        name
      }
    }
  }
`);

const messages = defineMessages({
  zh: {
    title: '资金执行分析',
    overview: '执行概览',
    region: '地区详情',
    allocation: '资金分配',
    indicators: '绩效指标对比',
    filing: '月度填报',
    quality: '数据质量',
    explorer: '数据查询工具',
    sample: '示例数据',
    sampleHint: '当前显示的是示例数据，不是真实报送',
    language: 'English',
    languageLabel: 'Switch to English',
    account: '我的账户',
    audit: '审计记录',
    import: '导入指标文件',
    loading: '正在加载…',
    signOut: '退出登录',
  },
  en: {
    title: 'Fund execution',
    overview: 'Overview',
    region: 'Region',
    allocation: 'Allocation',
    indicators: 'Indicators',
    filing: 'Monthly filing',
    quality: 'Data quality',
    explorer: 'API explorer',
    sample: 'Sample data',
    sampleHint: 'Shown figures are sample data, not real reports',
    language: '中文',
    languageLabel: '切换到中文',
    account: 'My account',
    audit: 'Audit trail',
    import: 'Import a notice',
    loading: 'Loading…',
    signOut: 'Sign out',
  },
});

const VIEWS: View[] = ['overview', 'region', 'allocation', 'indicators', 'filing', 'quality'];

/** The views in the navigation for a role: importing notices and the audit trail are the admins'. */
function viewsFor(role: Role): View[] {
  return role === 'ADMIN' ? [...VIEWS, 'import', 'audit'] : VIEWS;
}

function Page({ view, loadingText }: { view: View; loadingText: string }) {
  switch (view) {
    case 'overview':
      return <OverviewPage />;
    case 'region':
      return <RegionPage />;
    case 'allocation':
      return (
        <Suspense fallback={<p className="state-loading">…</p>}>
          <AllocationPage />
        </Suspense>
      );
    case 'indicators':
      return <IndicatorsPage />;
    case 'filing':
      return <FilingPage />;
    case 'quality':
      return <QualityPage />;
    case 'account':
      return <AccountPage />;
    case 'audit':
      return <AuditPage />;
    case 'import':
      return (
        <Suspense fallback={<p role="status">{loadingText}</p>}>
          <ImportPage />
        </Suspense>
      );
  }
}

export function App() {
  const t = useMessages(messages);
  const url = useUrlState();
  const shell = useQuery(ShellQuery, {});
  const defaults = shell.data ? defaultsFrom(shell.data.dataStatus) : null;
  const me = shell.data?.me;
  const account: CurrentAccount | null = me ? { ...me, region: me.region?.name ?? null } : null;
  document.documentElement.lang = url.lang === 'en' ? 'en' : 'zh-CN';
  document.title = t.title;
  return (
    <>
      <header className="app-header">
        <h1 className="app-title">{t.title}</h1>
        <nav className="app-nav" aria-label={t.title}>
          {viewsFor(account?.role ?? 'LEADER').map((view) => (
            <Link key={view} to={{ view }} current={url.view === view}>
              {t[view]}
            </Link>
          ))}
        </nav>
        <div className="app-tools">
          {defaults?.hasSampleData && (
            <span className="sample-badge" title={t.sampleHint} role="note">
              {t.sample}
            </span>
          )}
          <button
            type="button"
            className="link-button no-print"
            aria-label={t.languageLabel}
            onClick={() => navigate({ lang: url.lang === 'en' ? 'zh' : 'en' })}
          >
            {t.language}
          </button>
          {account && mayUseExplorer(account.role) && (
            <a className="no-print" href="/explorer/">
              {t.explorer}
            </a>
          )}
          {account && (
            <Link to={{ view: 'account' }} current={url.view === 'account'}>
              <span className="app-user">
                {account.displayName} · {roleLabel(account.role, url.lang)}
              </span>
            </Link>
          )}
          <button
            type="button"
            className="link-button no-print"
            onClick={() => void signOut().then(() => window.location.assign('/login'))}
          >
            {t.signOut}
          </button>
        </div>
      </header>
      <main>
        <StatePanel
          loading={shell.loading}
          error={shell.error}
          data={defaults}
          onRetry={shell.refetch}
        >
          {(d) => (
            <AccountContext.Provider value={account}>
              <DataDefaultsContext.Provider value={d}>
                <Page view={url.view} loadingText={t.loading} />
              </DataDefaultsContext.Provider>
            </AccountContext.Provider>
          )}
        </StatePanel>
      </main>
    </>
  );
}
