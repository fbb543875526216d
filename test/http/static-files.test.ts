import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../server/http/static-files.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let dir: string;
let server: Server;
let port: number;

/**
 * A raw request: node:http sends `path` exactly as given, unlike fetch(), which would normalise
 * `/../x` and `/%2e%2e/x` away before the server ever saw them.
 */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // <dir>/package.json is the secret a traversal would try to reach; <dir>/web is the root.
  dir = await mkdtemp(join(tmpdir(), 'static-files-'));
  const root = join(dir, 'web');
  await mkdir(join(root, 'explorer'), { recursive: true });
  await mkdir(join(root, 'assets'));
  await writeFile(join(dir, 'package.json'), '{"secret":true}');
  await writeFile(join(root, 'explorer', 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(root, 'assets', 'explorer-AbC123.js'), 'console.log("hi");');
  await writeFile(join(root, 'assets', 'explorer-AbC123.css'), 'body{margin:0}');
  await writeFile(join(root, 'assets', 'codicon-XyZ.ttf'), Buffer.from([0, 1, 0, 0]));
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>dashboard</title>');

  const serve = createStaticHandler(root, { '/region': 'index.html' });
  server = createServer((req, res) => {
    if (!serve(req, res)) {
      res.writeHead(404, { 'x-fallback': 'yes' });
      res.end('fallback 404');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await rm(dir, { recursive: true, force: true });
});

describe('createStaticHandler', () => {
  it('serves a hashed asset with its type, a long cache and nosniff', async () => {
    const reply = await get('/assets/explorer-AbC123.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-length']).toBe(String('console.log("hi");'.length));
    expect(reply.body).toBe('console.log("hi");');
  });

  it.each([
    ['/assets/explorer-AbC123.css', 'text/css; charset=utf-8'],
    ['/assets/codicon-XyZ.ttf', 'font/ttf'],
    ['/assets/logo.svg', 'image/svg+xml; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await get(path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('serves explorer/index.html at /explorer/ with no-cache, ignoring the query', async () => {
    for (const path of ['/explorer/', '/explorer/?tab=2']) {
      const reply = await get(path);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.body).toContain('<title>explorer</title>');
    }
  });

  it('serves the page of a client-side route, and only of the routes it was given', async () => {
    const reply = await get('/region?region=%E6%98%8C%E5%90%89%E5%B8%82');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>dashboard</title>');
    expect((await get('/unknown-view')).headers['x-fallback']).toBe('yes');
  });

  it('redirects /explorer to /explorer/, keeping the query', async () => {
    const reply = await get('/explorer');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/explorer/');
    expect((await get('/explorer?x=1')).headers.location).toBe('/explorer/?x=1');
    // Never a protocol-relative `//explorer/`, which a browser would take for another host.
    expect((await get('//explorer')).headers.location).toBe('/explorer/');
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await get('/assets/explorer-AbC123.js', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.body).toBe('');
  });

  it('answers 304 when the file has not changed since the browser got it', async () => {
    const first = await get('/explorer/');
    const lastModified = first.headers['last-modified'];
    expect(lastModified).toBeTruthy();
    const again = await get('/explorer/', 'GET', { 'if-modified-since': lastModified ?? '' });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it.each(['/nope.js', '/assets/missing-123.js', '/explorer/missing.html', '/assets/', '/.env'])(
    'returns false for %s, which it does not have',
    async (path) => {
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.headers['x-fallback']).toBe('yes');
    },
  );

  it('returns false for methods other than GET and HEAD', async () => {
    const reply = await get('/assets/explorer-AbC123.js', 'POST');
    expect(reply.headers['x-fallback']).toBe('yes');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets/..\\..\\package.json',
    '/assets/explorer-AbC123.js%00.html',
    '/assets/%E0%A4%A',
  ])('refuses %s', async (path) => {
    const reply = await get(path);
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain('secret');
  });
});
