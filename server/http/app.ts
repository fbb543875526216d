/**
 * The product's HTTP server. For now: a health check and a landing page saying what the
 * database holds; the GraphQL API and the dashboard mount here as they arrive.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../db/connection.ts';
import { countDocuments } from '../repositories/documents.repo.ts';
import { countRegions } from '../repositories/regions.repo.ts';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

export function createApp(db: Db): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') {
      send(res, 200, 'application/json', JSON.stringify({ ok: true }));
    } else if (path === '/') {
      const summary = `${countDocuments(db)} 个指标文件，${countRegions(db)} 个地区`;
      send(
        res,
        200,
        'text/html',
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>资金执行分析</title><h1>资金执行分析 Fund execution analytics</h1><p>${summary}</p></html>`,
      );
    } else {
      send(res, 404, 'text/plain', 'not found');
    }
  });
}
