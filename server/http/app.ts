/**
 * The product's HTTP server: the GraphQL API at /graphql, the analysts' explorer at
 * /explorer/, the dashboard, sign-in, workbook downloads (/export/…), the audit export and a
 * health check. One process, one port. Every request first gets the security headers
 * (security-headers.ts), then passes the gate of its route (gate.ts: who, one-time password,
 * role, CSRF) before its handler reads anything.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import {
  currentDataVersion,
  databaseFile,
  isInMemory,
  writeScopesSince,
  type Db,
} from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import { databaseProblem } from '../db/writable.ts';
import { consoleErrorLogger, type ErrorLogger } from '../graphql/errors.ts';
import { DEFAULT_LIMITS } from '../graphql/limits.ts';
import { ReadPool } from '../graphql/read-pool.ts';
import { DEFAULT_TIMEOUT_MS } from '../graphql/request-guards.ts';
import { catchUpWithOtherServers } from '../db/pg-writes.ts';
import { ResponseCache } from '../graphql/response-cache.ts';
import { createApolloServer, loadTypeDefs } from '../graphql/server.ts';
import { handleAuditExport } from './audit-export.ts';
import { handleLogin, handleLogout } from './auth-routes.ts';
import { authenticate } from './authentication.ts';
import { createExportHandler } from './export-handler.ts';
import { DASHBOARD_ROUTES, passGate, routeOf } from './gate.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { sendJson } from './json-body.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';
import { DatabaseLoginLimiter, type LoginLimiter } from '../auth/login-limiter.ts';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

const PAGES: Record<string, string> = {
  ...Object.fromEntries(DASHBOARD_ROUTES.map((path) => [path, 'index.html'])),
  '/login': 'login.html',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
  res.end(body);
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
  /**
   * Worker threads answering queries (graphql/read-pool.ts): 0 (the default, and always for a
   * `:memory:` database, which workers cannot share) answers everything on the main thread.
   */
  readWorkers?: number;
  /**
   * Resolve only once the read workers have started (~1–3 s): tests want that; `npm start`
   * listens at once, and the first queries wait in the queue for their worker.
   */
  waitForWorkers?: boolean;
}

export async function createApp(db: Db, options: AppOptions): Promise<Server> {
  const log = options.log ?? consoleErrorLogger;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const apollo = createApolloServer(log, DEFAULT_LIMITS, timeoutMs);
  await apollo.start();
  const now = options.now ?? (() => new Date());
  // Read workers need a SQLite file of their own to open; PostgreSQL reads are I/O already.
  const file = isInMemory(db) ? null : databaseFile(db);
  const workers = file ? (options.readWorkers ?? 0) : 0;
  const pool =
    file && workers > 0
      ? new ReadPool({
          data: {
            dbPath: file,
            thresholds: options.thresholds,
            limits: DEFAULT_LIMITS,
            timeoutMs,
          },
          heavy: workers,
          light: 1,
          log,
        })
      : null;
  if (options.waitForWorkers ?? true) await pool?.ready();
  const cache = options.responseCache
    ? new ResponseCache(
        () => currentDataVersion(db),
        now,
        undefined,
        (count) => writeScopesSince(db, count),
      )
    : null;
  const graphql = createGraphQLHandler({
    apollo,
    schema: buildSchema(loadTypeDefs()),
    db,
    thresholds: options.thresholds,
    now,
    maxTokens: DEFAULT_LIMITS.maxTokens,
    timeoutMs,
    pool,
    cache,
    // Answers are shared only by the same account, and never while a one-time password stands.
    cacheIdentity: (actor) => (actor.mustChangePassword ? null : `account:${actor.accountId}`),
  });
  const files = createStaticHandler(options.webRoot ?? WEB_ROOT, PAGES);
  const exports = createExportHandler(db);
  const auth = {
    db,
    now,
    limiter: options.limiter ?? new DatabaseLoginLimiter(db),
    secureCookies: options.secureCookies ?? false,
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const rule = routeOf(path);
    // Only routes behind a sign-in look up who is asking.
    const actor =
      rule.access === 'public' && rule.name !== 'signOut'
        ? null
        : await authenticate(db, req, now());
    if (!(await passGate({ db, req, res, rule, actor, target: path + url.search, now: now() })))
      return;
    switch (rule.name) {
      case 'health': {
        const problem = await databaseProblem(db);
        return problem
          ? sendJson(res, 503, { ok: false, ...problem })
          : sendJson(res, 200, { ok: true });
      }
      case 'signIn':
        return await handleLogin(req, res, auth);
      case 'signOut':
        return await handleLogout(req, res, actor, auth);
      case 'graphql':
        // PostgreSQL: another server's write just committed is logged before the cache is asked.
        if (cache) await catchUpWithOtherServers(db);
        return await graphql(req, res, actor!);
      case 'exportTable':
      case 'exportWorkbook':
        if (await exports(req, res, { now: now(), thresholds: options.thresholds, actor: actor! }))
          return;
        break;
      case 'exportAudit':
        return await handleAuditExport(req, res, db, actor!);
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
  server.on('close', () => {
    void apollo.stop();
    void pool?.close();
  });
  return server;
}
