/**
 * Serves Apollo Server from the product's own node:http server (Apollo's integration API):
 * reads a size-limited JSON body, hands the request to Apollo, writes its answer back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { CachedAnswer, ResponseCache } from '../graphql/response-cache.ts';

export const MAX_BODY_BYTES = 2_500_000;

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
  if (!contentType?.includes('application/json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'request body is not valid JSON');
  }
}

function sendError(res: ServerResponse, status: number, message: string): void {
  // The rest of a refused body is not read, so the connection cannot carry another request.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
}

export function createGraphQLHandler<C extends BaseContext, A>(
  apollo: ApolloServer<C>,
  context: (actor: A) => C,
  cache: ResponseCache | null = null,
  /** Whose answers a request may share in the cache; null: never cached. */
  cacheIdentity: (actor: A) => string | null = () => null,
) {
  return async (req: IncomingMessage, res: ServerResponse, actor: A): Promise<void> => {
    let body: unknown;
    try {
      body = parseBody(await readBody(req), req.headers['content-type']);
    } catch (e) {
      if (e instanceof BodyError) return sendError(res, e.status, e.message);
      throw e;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const key = cache?.keyOf(method, body, cacheIdentity(actor)) ?? null;
    if (cache && key !== null) {
      const hit = cache.get(key) ?? (await cache.waitFor(key));
      if (hit) {
        res.writeHead(200, hit.headers);
        res.end(hit.body);
        return;
      }
    }
    const finish = cache && key !== null ? cache.begin(key) : null;
    let stored: CachedAnswer | undefined;
    try {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: () => Promise.resolve(context(actor)),
      });
      res.statusCode = answer.status ?? 200;
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      if (answer.body.kind === 'complete') {
        res.end(answer.body.string);
        const candidate = { headers: [...answer.headers], body: answer.body.string };
        if (cache && key !== null && cache.store(key, body, res.statusCode, candidate)) {
          stored = candidate;
        }
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      finish?.(stored);
    }
  };
}
