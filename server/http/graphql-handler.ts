/**
 * Serves /graphql (after the gate, http/gate.ts): reads a size- and depth-limited JSON body,
 * answers from the response cache when it can, and otherwise runs the request — a query on a
 * read worker (graphql/read-pool.ts) when there is a pool, a mutation (or everything, on a
 * `:memory:` database) through the main thread's Apollo. Reads refused as FORBIDDEN are audited
 * here, whichever thread answered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  type GraphQLSchema,
} from 'graphql';
import type { Db } from '../db/connection.ts';
import type { WarningThresholds } from '../domain/execution-figures.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { operationCost } from '../graphql/cost.ts';
import {
  executeRequest,
  type GraphQLHttpAnswer,
  type GraphQLHttpRequest,
} from '../graphql/executor.ts';
import type { ReadPool } from '../graphql/read-pool.ts';
import { timeoutMessage } from '../graphql/request-guards.ts';
import type { CachedAnswer, ResponseCache } from '../graphql/response-cache.ts';
import type { AccountActor } from '../services/actor.ts';
import { auditRefusal } from '../services/refusal-audit.ts';
import { mediaType } from './gate.ts';
import { JsonBodyError, parseClientJson } from './json-depth.ts';
import { withoutControlCharacters } from '../importer/edge.ts';

export const MAX_BODY_BYTES = 2_500_000;
/** Queries up to this cost (graphql/cost.ts) go to the light lane's worker. */
export const LIGHT_QUERY_COST = 2_000;

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new BodyError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  // Only a real application/json body is JSON (`text/plain; application/json` is not).
  if (mediaType(contentType) !== 'application/json') return text;
  try {
    return parseClientJson(text);
  } catch (e) {
    if (e instanceof JsonBodyError) throw new BodyError(400, e.message);
    throw e;
  }
}

/** GET's variables and extensions come in the query string: the same depth limit. */
function checkSearch(search: URLSearchParams): void {
  for (const name of ['variables', 'extensions']) {
    const text = search.get(name);
    if (text === null) continue;
    try {
      parseClientJson(text);
    } catch (e) {
      if (e instanceof JsonBodyError) throw new BodyError(400, `${name}: ${e.message}`);
      throw e;
    }
  }
}

/**
 * Display controls (bidi overrides, control characters) removed from every text a GraphQL
 * request brings, in the document and in the variables: region names, account names and filing
 * text never carry them into pages or file names. Passwords are left exactly as typed.
 */
function withoutDisplayControls(value: unknown, key = ''): unknown {
  if (typeof value === 'string')
    return /password/i.test(key) ? value : withoutControlCharacters(value);
  if (Array.isArray(value)) return value.map((v) => withoutDisplayControls(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutDisplayControls(v, k)]),
    );
  return value;
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  // The rest of a refused body is not read, so the connection cannot carry another request.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The operation's text and name, from a JSON body or a GET's query string. */
function operationOf(method: string, body: unknown, search: URLSearchParams) {
  if (method === 'GET') return { query: search.get('query'), name: search.get('operationName') };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName } = body as Record<string, unknown>;
  return {
    query: typeof query === 'string' ? query : null,
    name: typeof operationName === 'string' ? operationName : null,
  };
}

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<GraphQLContext>;
  schema: GraphQLSchema;
  db: Db;
  thresholds: WarningThresholds;
  now: () => Date;
  maxTokens: number;
  timeoutMs: number;
  pool: ReadPool | null;
  cache: ResponseCache | null;
  /** Whose answers a request may share in the cache; null: never cached. */
  cacheIdentity: (actor: AccountActor) => string | null;
}

export function createGraphQLHandler(options: GraphQLHandlerOptions) {
  const { apollo, db, thresholds, pool, cache } = options;

  /** The pool's lane for a query, or null when it runs on the main thread (a mutation). */
  function laneOf(method: string, body: unknown, search: URLSearchParams) {
    if (!pool) return null;
    const op = operationOf(method, body, search);
    if (!op?.query) return 'light' as const; // Apollo answers the error, cheaply
    try {
      const document = parse(op.query, { maxTokens: options.maxTokens });
      const operation = getOperationAST(document, op.name);
      if (!operation) return 'light' as const;
      if (operation.operation !== OperationTypeNode.QUERY) return null;
      const cost = operationCost(options.schema, document, operation);
      return cost <= LIGHT_QUERY_COST ? ('light' as const) : ('heavy' as const);
    } catch {
      return 'light' as const; // a parse error or a recursive shape: refused at once
    }
  }

  async function answer(
    request: GraphQLHttpRequest,
    lane: 'light' | 'heavy' | null,
    actor: AccountActor,
  ): Promise<GraphQLHttpAnswer | { status: number; code: string; message: string }> {
    const now = options.now();
    if (!pool || lane === null)
      return await executeRequest(apollo, db, thresholds, request, actor, now);
    const result = await pool.run(lane, { request, actor, nowMs: now.getTime() });
    if (result.kind === 'answer') return result.answer;
    if (result.kind === 'timeout') {
      const error = new GraphQLError(timeoutMessage(options.timeoutMs), {
        extensions: { code: 'REQUEST_TIMEOUT' },
      });
      return {
        status: 200,
        headers: [['content-type', 'application/json; charset=utf-8']],
        body: JSON.stringify({ data: null, errors: [error.toJSON()] }),
        refusals: [],
        expiresAt: null,
      };
    }
    if (result.kind === 'busy')
      return {
        status: 503,
        code: 'SERVER_BUSY',
        message: '服务器繁忙，请稍后再试。The server is busy; try again shortly.',
      };
    throw new Error(`read worker failed: ${result.message}`);
  }

  return async (req: IncomingMessage, res: ServerResponse, actor: AccountActor): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: unknown;
    try {
      checkSearch(url.searchParams);
      body = withoutDisplayControls(parseBody(await readBody(req), req.headers['content-type']));
    } catch (e) {
      if (e instanceof BodyError) return sendError(res, e.status, 'BAD_REQUEST', e.message);
      throw e;
    }
    const key = cache?.keyOf(method, body, options.cacheIdentity(actor)) ?? null;
    if (cache && key !== null) {
      const hit = cache.get(key) ?? (await cache.waitFor(key));
      if (hit) {
        res.writeHead(200, Object.fromEntries(hit.headers));
        res.end(hit.body);
        return;
      }
    }
    const finish = cache && key !== null ? cache.begin(key) : null;
    let stored: CachedAnswer | undefined;
    try {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const request = { method, headers, search: url.search, body };
      const result = await answer(request, laneOf(method, body, url.searchParams), actor);
      if (!('body' in result)) return sendError(res, result.status, result.code, result.message);
      for (const refusal of result.refusals)
        await auditRefusal(
          db,
          { actor, now: options.now() },
          refusal.field,
          `query:${refusal.field}`,
          refusal.code,
          refusal.message,
        );
      res.statusCode = result.status;
      for (const [name, value] of result.headers) res.setHeader(name, value);
      res.end(result.body);
      const candidate = { headers: result.headers, body: result.body };
      if (
        cache &&
        key !== null &&
        cache.store(key, body, res.statusCode, candidate, result.expiresAt)
      )
        stored = candidate;
    } finally {
      finish?.(stored);
    }
  };
}
