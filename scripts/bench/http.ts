/**
 * The benchmark's one way to call the API: every request goes through graphqlRequest, signed
 * in as the benchmark's analyst (the session cookie from signIn, as a browser sends it).
 */
import { Agent, request } from 'node:http';

// Keep-alive, as a browser would: the figures are for queries, not for TCP handshakes.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GraphQLReply {
  status: number;
  data: unknown;
  errors?: unknown[];
}

let sessionCookie: string | null = null;

/** Signs in through /auth/login; every later request carries the session. */
export async function signIn(
  graphqlUrl: string,
  username: string,
  password: string,
): Promise<void> {
  sessionCookie = await sessionOf(graphqlUrl, username, password);
}

/** Signs in through /auth/login and returns the session cookie (for a client of its own). */
export async function sessionOf(
  graphqlUrl: string,
  username: string,
  password: string,
): Promise<string> {
  const response = await fetch(new URL('/auth/login', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie)
    throw new Error(`bench sign-in of ${username} failed: HTTP ${response.status}`);
  return cookie;
}

/** A request with the signed-in session, or with `cookie` (another account's session). */
export async function graphqlRequest(
  url: string,
  body: GraphQLBody,
  cookie: string | null = sessionCookie,
): Promise<GraphQLReply> {
  return await send(url, JSON.stringify(body), cookie, true);
}

function send(
  url: string,
  payload: string,
  cookie: string | null,
  retry: boolean,
): Promise<GraphQLReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              data?: unknown;
              errors?: unknown[];
            };
            resolve({ status: res.statusCode ?? 0, data: json.data ?? null, errors: json.errors });
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The server closed an idle kept-alive socket as this request went out on it (reset, or a
      // broken pipe while the body was written): once more.
      if (retry && req.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) {
        send(url, payload, cookie, false).then(resolve, reject);
      } else reject(e);
    });
    req.end(payload);
  });
}

/** Runs a request that must succeed; returns its data. */
export async function graphqlData(
  url: string,
  body: GraphQLBody,
  cookie?: string,
): Promise<unknown> {
  const reply = await graphqlRequest(url, body, cookie);
  if (reply.status !== 200 || reply.errors?.length) {
    throw new Error(
      `GraphQL ${reply.status}: ${JSON.stringify(reply.errors ?? reply.data).slice(0, 500)}`,
    );
  }
  return reply.data;
}
