/**
 * The product's HTTP server: the GraphQL API at /graphql, the analysts' explorer at
 * /explorer/ and the built web assets, and a health check. One process, one port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { dataVersion } from '../db/data-version.ts';
import { createContext } from '../graphql/context.ts';
import { consoleErrorLogger, type ErrorLogger } from '../graphql/errors.ts';
import { ResponseCache } from '../graphql/response-cache.ts';
import { createApolloServer } from '../graphql/server.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { createStaticHandler } from './static-files.ts';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The dashboard's views (web/src/lib/url-state.ts): each is the same page, routed in the browser. */
const DASHBOARD_ROUTES = Object.fromEntries(
  ['/region', '/indicators', '/filing', '/quality'].map((path) => [path, 'index.html']),
);

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export interface AppOptions {
  thresholds: WarningThresholds;
  webRoot?: string;
  log?: ErrorLogger;
  /** The clock, pinned by tests. */
  now?: () => Date;
  /** Cache query answers by data version (graphql/response-cache.ts); off unless asked for. */
  responseCache?: boolean;
}

export async function createApp(db: Db, options: AppOptions): Promise<Server> {
  const log = options.log ?? consoleErrorLogger;
  const apollo = createApolloServer(log);
  await apollo.start();
  const now = options.now ?? (() => new Date());
  const cache = options.responseCache
    ? new ResponseCache(() => dataVersion(db.$client), now)
    : null;
  const graphql = createGraphQLHandler(
    apollo,
    () => createContext(db, options.thresholds, now()),
    cache,
  );
  const files = createStaticHandler(options.webRoot ?? WEB_ROOT, DASHBOARD_ROUTES);

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') return graphql(req, res);
    if (path === '/health') return send(res, 200, 'application/json', JSON.stringify({ ok: true }));
    if (files(req, res)) return;
    send(res, 404, 'text/plain', 'not found');
  };

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      log({
        errorId: 'http',
        message: e instanceof Error ? e.message : String(e),
        stack: e instanceof Error ? e.stack : undefined,
      });
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
      else res.end();
    });
  });
  server.on('close', () => void apollo.stop());
  return server;
}
