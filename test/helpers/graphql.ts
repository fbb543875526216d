/**
 * A real server (the product's own HTTP app) over an in-memory database built from the
 * migrations, and an `execute()` that runs typed documents over HTTP and fails with the
 * query and the response printed.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase, type Db } from '../../server/db/connection.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { createApp } from '../../server/http/app.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';

export interface TestServer {
  db: Db;
  url: string;
  /** SQL statements run since the last reset. */
  queries: string[];
  /** Errors the server logged (masked from clients). */
  logged: { errorId: string; message: string }[];
  close: () => Promise<void>;
}

/** The clock every API test runs at. */
export const TEST_NOW = new Date('2026-11-28T08:00:00Z');

export async function startTestServer(
  seed?: (db: Db) => void,
  options: { responseCache?: boolean } = {},
): Promise<TestServer> {
  const queries: string[] = [];
  const logged: TestServer['logged'] = [];
  const db = openDatabase(':memory:', { onQuery: (sql) => queries.push(sql) });
  seed?.(db);
  const server: Server = await createApp(db, {
    thresholds: DEFAULT_THRESHOLDS,
    // A build of its own (vite build --outDir …) when several people build at once.
    webRoot: process.env.TEST_WEB_ROOT,
    now: () => TEST_NOW,
    log: (entry) => logged.push(entry),
    responseCache: options.responseCache ?? false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  queries.length = 0;
  return {
    db,
    url: `http://127.0.0.1:${port}/graphql`,
    queries,
    logged,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        db.$client.close();
      }),
  };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a document; returns the whole response (data and errors). */
export async function post<TResult, TVariables>(
  server: Pick<TestServer, 'url'>,
  document: TypedDocumentString<TResult, TVariables> | string,
  variables?: TVariables,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json()) as GraphQLResponse<TResult>;
}

/** Runs a document that must succeed; fails with the query and the response printed. */
export async function execute<TResult, TVariables>(
  server: Pick<TestServer, 'url'>,
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
