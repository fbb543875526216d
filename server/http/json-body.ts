/** Small JSON bodies for the sign-in routes: size-limited, and only as application/json. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseClientJson } from './json-depth.ts';

const MAX_BYTES = 10_000;

function mediaTypeOf(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase();
}

/** The parsed object, or null when the body is too large, not JSON, or not an object. */
export async function readJsonObject(
  req: IncomingMessage,
): Promise<Record<string, unknown> | null> {
  // A cross-site form cannot send application/json without a preflight: this is the CSRF guard.
  if (mediaTypeOf(req.headers['content-type']) !== 'application/json') return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    const value = parseClientJson(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
