/**
 * A real server (the product's own HTTP app) over an in-memory database built from the
 * migrations, and an `execute()` that runs typed documents over HTTP and fails with the
 * query and the response printed.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SESSION_COOKIE } from '../../server/auth/cookies.ts';
import { newSecret, secretHash } from '../../server/auth/secrets.ts';
import type { Db } from '../../server/db/connection.ts';
import { closeDb } from '../../server/db/open.ts';
import { openTestDb } from './engine.ts';
import type { Role } from '../../server/db/schema/index.ts';
import * as accountsRepo from '../../server/repositories/accounts.repo.ts';
import { findRegionsByNames } from '../../server/repositories/regions.repo.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { createApp, type AppOptions } from '../../server/http/app.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';

/** Where to send requests, and as whom (a session cookie or an API token); neither: anonymous. */
export interface Client {
  url: string;
  cookie?: string;
  token?: string;
}

export type Who = Exclude<Role, 'COUNTY'> | { county: string };

export interface TestServer extends Client {
  db: Db;
  /** A client signed in as an account of that role (created on first use); `server` itself is ADMIN. */
  as: (who: Who) => Promise<Client>;
  /** The same server, without credentials. */
  anonymous: Client;
  /** SQL statements run since the last reset. */
  queries: string[];
  /** Errors the server logged (masked from clients). */
  logged: { errorId: string; message: string }[];
  close: () => Promise<void>;
}

/** The clock every API test runs at. */
export const TEST_NOW = new Date('2026-11-28T08:00:00Z');

/**
 * The statements that read or wrote data: not finding who asks (the session), nor, on
 * PostgreSQL, catching up with other servers' writes (db/pg-writes.ts) — both run before the
 * response cache is asked.
 */
export const dataStatements = (server: { queries: string[] }): string[] =>
  server.queries.filter(
    (q) => !q.includes('from "sessions"') && !q.includes('fund_execution_writes'),
  );

export async function startTestServer(
  seed?: (db: Db) => unknown,
  /** `dbPath`: a file instead of an in-memory database (read workers need one); on PostgreSQL, a database that the same `dbPath` opens again. */
  { dbPath, ...options }: Partial<AppOptions> & { dbPath?: string } = {},
): Promise<TestServer> {
  const queries: string[] = [];
  const logged: TestServer['logged'] = [];
  const db = await openTestDb({ file: dbPath, onQuery: (sql) => queries.push(sql) });
  await seed?.(db);
  const server: Server = await createApp(db, {
    thresholds: DEFAULT_THRESHOLDS,
    // A build of its own (vite build --outDir …) when several people build at once.
    webRoot: process.env.TEST_WEB_ROOT,
    now: () => TEST_NOW,
    log: (entry) => logged.push(entry),
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const sessions = new Map<string, string>();
  const as = async (who: Who): Promise<Client> => {
    const key = typeof who === 'string' ? who : `county:${who.county}`;
    let cookie = sessions.get(key);
    if (!cookie) {
      cookie = await signedInCookie(db, who);
      sessions.set(key, cookie);
    }
    return { url, cookie };
  };
  const admin = await as('ADMIN');
  queries.length = 0;
  return {
    db,
    url,
    cookie: admin.cookie,
    as,
    anonymous: { url },
    queries,
    logged,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
      }).then(() => closeDb(db)),
  };
}

/**
 * An account of that role and a live session for it, written straight into the database:
 * API tests are about the API, not about signing in (test/auth does that through the pages).
 */
async function signedInCookie(db: Db, who: Who): Promise<string> {
  const role: Role = typeof who === 'string' ? who : 'COUNTY';
  const region =
    typeof who === 'string' ? undefined : (await findRegionsByNames(db, [who.county]))[0];
  if (typeof who !== 'string' && !region) throw new Error(`no region ${who.county} for an account`);
  const username = region ? `${region.name}-filer` : role.toLowerCase();
  const account =
    (await accountsRepo.accountByUsername(db, username)) ??
    (await accountsRepo.insertAccount(db, {
      username,
      displayName: region ? `${region.name}填报员` : username,
      role,
      regionId: region?.id ?? null,
      passwordHash: 'not-for-signing-in',
    }));
  const sessionId = newSecret();
  await accountsRepo.insertSession(db, {
    idHash: secretHash(sessionId),
    accountId: account.id,
    createdAt: TEST_NOW.toISOString(),
    expiresAt: new Date(TEST_NOW.getTime() + 12 * 3_600_000).toISOString(),
  });
  return `${SESSION_COOKIE}=${sessionId}`;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a document; returns the whole response (data and errors). */
export async function post<TResult, TVariables>(
  client: Client,
  document: TypedDocumentString<TResult, TVariables> | string,
  variables?: TVariables,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(client.url, {
    method: 'POST',
    headers: requestHeaders(client),
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json()) as GraphQLResponse<TResult>;
}

/** JSON, the CSRF preflight header, and the client's credential if it has one. */
export function requestHeaders(client: Client): Record<string, string> {
  return {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    ...(client.cookie ? { cookie: client.cookie } : {}),
    ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
  };
}

/** Runs a document that must succeed; fails with the query and the response printed. */
export async function execute<TResult, TVariables>(
  server: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await post(server, document, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(
      `GraphQL request failed\n--- query\n${document.toString()}\n--- variables\n${JSON.stringify(variables, null, 2)}\n--- response\n${JSON.stringify(response, null, 2)}`,
    );
  }
  return response.data;
}
