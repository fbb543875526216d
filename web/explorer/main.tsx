/**
 * The GraphQL API explorer for analysts, served by the product at /explorer/. Everything it needs
 * is bundled by Vite into dist/web: the code, the CSS (GraphiQL's fonts are data: URLs inside it)
 * and Monaco's web workers, so it works on an intranet with no internet access.
 */
// Monaco's workers, as GraphiQL 5 documents for Vite: this module imports the editor, JSON and
// GraphQL workers with `?worker`, so Vite emits them as files under /assets/ (no CDN), and sets
// `globalThis.MonacoEnvironment.getWorker` to start them. It must run before Monaco loads.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';

import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PlainUnicode } from './plain-unicode.tsx';
import { savedTabs } from './saved-tabs.ts';

// The agreed operations, kept byte-for-byte as in web/operations/contract/, then the worked
// examples; a new .graphql file in either folder becomes a tab on the next build.
const contract = import.meta.glob<string>('../operations/contract/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const examples = import.meta.glob<string>('../operations/examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const fetcher = createGraphiQLFetcher({
  // Same origin as the page: the product serves both.
  url: '/graphql',
  // Apollo Server's CSRF prevention accepts a request carrying this header.
  headers: { 'apollo-require-preflight': 'true' },
  // Plain JSON POSTs; no multipart/mixed (@defer) negotiation.
  enableIncrementalDelivery: false,
});

const tabs = savedTabs(contract, examples);

/**
 * GraphiQL (@graphiql/react 0.39) opens the first default tab with its query but an empty
 * variables editor: its provider falls back to `tabs[0].query` for the initial query, but not to
 * `tabs[0].variables`. So hand it the first tab's variables — only on a first visit, while
 * GraphiQL has no saved tabs (`graphiql:tabState` in localStorage): with saved tabs it would
 * instead add a tab for these variables each time the page loads.
 */
function firstTabVariables(): string | undefined {
  try {
    if (localStorage.getItem('graphiql:tabState') !== null) return undefined;
  } catch {
    // Storage blocked: nothing is saved, so treat it as a first visit.
  }
  return tabs[0]?.variables ?? undefined;
}

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from explorer/index.html');

createRoot(container).render(
  <StrictMode>
    <PlainUnicode />
    {/* defaultTabs apply only while the browser has no saved tab state of its own. */}
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} initialVariables={firstTabVariables()}>
      <GraphiQL.Logo>GraphQL 查询工具</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
