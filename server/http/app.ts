/**
 * The product's HTTP server: the GraphQL API at /graphql, the analysts' explorer at
 * /explorer/, the dashboard, sign-in, workbook downloads (/export/…), the audit export and a
 * health check. One process, one
 * port. An anonymous request gets only the sign-in page, static assets and /health; pages
 * redirect it to /login, the API answers 401.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoginLimiter } from '../auth/login-limiter.ts';
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { dataVersion } from '../db/data-version.ts';
import { createContext } from '../graphql/context.ts';
import { consoleErrorLogger, type ErrorLogger } from '../graphql/errors.ts';
import { DEFAULT_LIMITS } from '../graphql/limits.ts';
import { DEFAULT_TIMEOUT_MS } from '../graphql/request-guards.ts';
import { ResponseCache } from '../graphql/response-cache.ts';
import { createApolloServer } from '../graphql/server.ts';
import type { AccountActor } from '../services/actor.ts';
import { mayUseExplorer } from '../services/authorization.ts';
import { handleAuditExport } from './audit-export.ts';
import { handleLogin, handleLogout } from './auth-routes.ts';
import { createExportHandler } from './export-handler.ts';
import { authenticate } from './authentication.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { sendJson } from './json-body.ts';
import { createStaticHandler } from './static-files.ts';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The dashboard's views (web/src/lib/url-state.ts): each is the same page, routed in the browser. */
const DASHBOARD_ROUTES = [
  '/region',
  '/allocation',
  '/indicators',
  '/filing',
  '/quality',
  '/account',
  '/audit',
];
const PAGES: Record<string, string> = {
  ...Object.fromEntries(DASHBOARD_ROUTES.map((path) => [path, 'index.html'])),
  '/login': 'login.html',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** A page (HTML), as opposed to an asset: these need a signed-in user. */
function isPage(path: string): boolean {
  return (
    path === '/' ||
    path.endsWith('/') ||
    path.endsWith('.html') ||
    path === '/explorer' ||
    DASHBOARD_ROUTES.includes(path)
  );
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

export interface AppOptions {
  thresholds: WarningThresholds;
  webRoot?: string;
  log?: ErrorLogger;
  /** The clock, pinned by tests. */
  now?: () => Date;
  /** Mark the session cookie Secure (when served over HTTPS). */
  secureCookies?: boolean;
  /** Time budget of one GraphQL request. */
  requestTimeoutMs?: number;
  limiter?: LoginLimiter;
  /** Cache query answers by data version (graphql/response-cache.ts); off unless asked for. */
  responseCache?: boolean;
}

export async function createApp(db: Db, options: AppOptions): Promise<Server> {
  const log = options.log ?? consoleErrorLogger;
  const apollo = createApolloServer(
    log,
    DEFAULT_LIMITS,
    options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  await apollo.start();
  const now = options.now ?? (() => new Date());
  const cache = options.responseCache
    ? new ResponseCache(() => dataVersion(db.$client), now)
    : null;
  const graphql = createGraphQLHandler(
    apollo,
    (actor: AccountActor) => createContext(db, options.thresholds, actor, now()),
    cache,
    // Answers are shared only by the same account, and never while a one-time password stands.
    (actor) => (actor.mustChangePassword ? null : `account:${actor.accountId}`),
  );
  const files = createStaticHandler(options.webRoot ?? WEB_ROOT, PAGES);
  const exports = createExportHandler(db);
  const auth = {
    db,
    now,
    limiter: options.limiter ?? new LoginLimiter(),
    secureCookies: options.secureCookies ?? false,
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/health') return send(res, 200, 'application/json', JSON.stringify({ ok: true }));
    if (path === '/auth/login') return handleLogin(req, res, auth);
    // Static assets are public: only the rest looks up who is asking.
    if (path.startsWith('/assets/') && files(req, res)) return;
    const actor = authenticate(db, req, now());
    if (path === '/auth/logout') return handleLogout(req, res, actor, auth);
    if (path === '/graphql') {
      if (!actor)
        return sendJson(res, 401, {
          errors: [
            {
              message: '请先登录，或提供 API 令牌。Sign in, or send an API token.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
      return graphql(req, res, actor);
    }
    if (path.startsWith('/export/')) {
      if (!actor) return send(res, 401, 'text/plain', 'sign in first');
      if (await exports(req, res, { now: now(), thresholds: options.thresholds, actor })) return;
    }
    if (path === '/audit/export.csv') {
      if (!actor) return send(res, 401, 'text/plain', 'sign in first');
      return handleAuditExport(req, res, db, actor);
    }
    if (path !== '/login' && isPage(path)) {
      if (!actor || actor.mustChangePassword)
        return redirect(res, `/login?next=${encodeURIComponent(path + url.search)}`);
      if (path.startsWith('/explorer') && !mayUseExplorer(actor))
        return send(
          res,
          403,
          'text/plain',
          '浏览器只供分析人员和管理员使用。The explorer is for analysts and administrators.',
        );
    }
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
  // Slow or stalled clients cannot hold a connection open indefinitely.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('close', () => void apollo.stop());
  return server;
}
