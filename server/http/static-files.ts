/**
 * Serves the built browser side (dist/web, from `vite build`) from the product's own server, so
 * that nothing is loaded from outside the intranet.
 *
 *   /explorer          → 301 to /explorer/ (any folder holding an index.html is handled this way)
 *   /explorer/         → explorer/index.html, `cache-control: no-cache`
 *   /assets/<hashed>   → the file, cached for a year (`immutable`): its name changes with its content
 *
 * The handler returns true when it has answered the request and false when the request is not
 * one of its files (another method than GET/HEAD, or no such file), so the caller can route it
 * elsewhere or answer 404. A path that tries to leave the root (`..`, `%2e%2e`, an encoded slash
 * or backslash, NUL) is answered 400 and goes no further.
 *
 * Which files exist is read once, when the handler is created: the decision above has to be
 * synchronous, and dist/web does not change under a running server (rebuild → restart). Only
 * regular files are listed (no symbolic links, no dot files), so a request can only ever reach a
 * file that was inside the root when the server started. The files themselves are streamed.
 */
import { createReadStream, readdirSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Vite puts every hashed file here; their names change whenever their content does. */
const HASHED_PREFIX = 'assets/';
const CACHE_HASHED = 'public, max-age=31536000, immutable';
const CACHE_OTHER = 'no-cache';

/** Percent-escapes that could smuggle a dot segment, a separator or NUL past the checks. */
const DANGEROUS_ESCAPE = /%(?:2e|2f|5c|00)/i;

/** Every regular file under root, as a `/`-separated path relative to root (no dot files). */
function listFiles(root: string): Set<string> {
  const files = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // No build yet (or unreadable): nothing to serve.
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.add(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  return files;
}

/**
 * The request path relative to root (no leading `/`, may be `''` or end with `/`), or null when
 * it is malformed or tries to leave the root.
 */
function safeRelativePath(root: string, rawPath: string): string | null {
  if (DANGEROUS_ESCAPE.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // Malformed escape.
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  // Belt and braces: the resolved path must still be inside root.
  const absolute = resolve(root, ...segments);
  if (absolute !== root && !absolute.startsWith(root + sep)) return null;
  const inside = relative(root, absolute).split(sep).join('/');
  return decoded.endsWith('/') && inside !== '' ? `${inside}/` : inside;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });
  res.end(message);
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  absolute: string,
  file: string,
): Promise<void> {
  const info = await stat(absolute);
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  const headers = {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': file.startsWith(HASHED_PREFIX) ? CACHE_HASHED : CACHE_OTHER,
    'last-modified': lastModified.toUTCString(),
    'x-content-type-options': 'nosniff',
  };
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  if (!Number.isNaN(since) && lastModified.getTime() <= since) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(absolute), res);
}

/** A request handler serving the files under `root` (normally dist/web); see the module comment. */
export function createStaticHandler(
  root: string,
  /** Client-side routes and the page that renders them, e.g. { '/region': 'index.html' }. */
  pages: Readonly<Record<string, string>> = {},
): StaticHandler {
  const base = resolve(root);
  const files = listFiles(base);

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    if (!url.startsWith('/')) return false; // `*` or absolute-form: not a file request.
    const queryAt = url.search(/[?#]/);
    const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = queryAt < 0 ? '' : url.slice(queryAt);

    const path = safeRelativePath(base, rawPath);
    if (path === null) {
      refuse(res, 400, 'bad request path');
      return true;
    }

    let file = path;
    const page = pages[`/${path}`];
    if (page !== undefined) {
      file = page;
    } else if (path === '' || path.endsWith('/')) {
      file = `${path}index.html`;
    } else if (!files.has(path) && files.has(`${path}/index.html`)) {
      // A folder named without its trailing slash: redirect, so relative URLs in its page work.
      // Built from the checked, normalised path (never the raw one: `//host` would leave the site).
      const location = `/${path.split('/').map(encodeURIComponent).join('/')}/${query}`;
      res.writeHead(301, { location, 'x-content-type-options': 'nosniff' });
      res.end();
      return true;
    }
    if (!files.has(file)) return false;

    sendFile(req, res, join(base, ...file.split('/')), file).catch(() => {
      // The file went away after startup, or the client hung up mid-stream.
      if (!res.headersSent) refuse(res, 404, 'not found');
      else res.destroy();
    });
    return true;
  };
}
