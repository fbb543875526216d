/**
 * The one gate every route passes, in this order, before its handler reads a byte of the body:
 * who asks (session or token; 401 for nobody), the one-time-password rule (such an account may
 * only sign out, change its password through /graphql, and load the sign-in page), the role the
 * route needs, and the CSRF rule (a body only as application/json; /graphql the same rule as
 * Apollo's, so a cached answer is refused exactly like a fresh one). A refusal of a signed-in
 * account is audited. `ROUTES` is the whole list; test/http/gate.test.ts walks it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/connection.ts';
import type { AccountActor, Role } from '../services/actor.ts';
import { auditRefusal } from '../services/refusal-audit.ts';
import { sendJson } from './json-body.ts';

export type Access = 'public' | 'account' | 'password-changed';
export type CsrfRule = 'none' | 'json' | 'graphql';
export type Answer = 'json' | 'text' | 'page';

export interface RouteRule {
  /** What the route is, for refusals, the audit trail and the route test. */
  name: string;
  match: (path: string) => boolean;
  /** `account`: any signed-in account, a one-time password too; `password-changed`: not. */
  access: Access;
  roles?: readonly Role[];
  csrf: CsrfRule;
  /** How a refusal is answered. */
  answer: Answer;
  /** An example path of the route, for the route test. */
  example: string;
  method: string;
}

const exact = (p: string) => (path: string) => path === p;

/** Client-side routes of the dashboard (web/src/lib/url-state.ts), all served by index.html. */
export const DASHBOARD_ROUTES = [
  '/region',
  '/allocation',
  '/indicators',
  '/filing',
  '/quality',
  '/account',
  '/audit',
  '/import',
];

/** First match wins. */
export const ROUTES: readonly RouteRule[] = [
  {
    name: 'health',
    match: exact('/health'),
    access: 'public',
    csrf: 'none',
    answer: 'json',
    example: '/health',
    method: 'GET',
  },
  {
    name: 'signIn',
    match: exact('/auth/login'),
    access: 'public',
    csrf: 'json',
    answer: 'json',
    example: '/auth/login',
    method: 'POST',
  },
  {
    name: 'signOut',
    match: exact('/auth/logout'),
    access: 'public',
    csrf: 'json',
    answer: 'json',
    example: '/auth/logout',
    method: 'POST',
  },
  {
    name: 'graphql',
    match: exact('/graphql'),
    access: 'account',
    csrf: 'graphql',
    answer: 'json',
    example: '/graphql',
    method: 'POST',
  },
  {
    name: 'exportTable',
    match: exact('/export/table.xlsx'),
    access: 'password-changed',
    csrf: 'json',
    answer: 'text',
    example: '/export/table.xlsx',
    method: 'POST',
  },
  {
    name: 'exportWorkbook',
    match: (p) => p.startsWith('/export/'),
    access: 'password-changed',
    csrf: 'none',
    answer: 'text',
    example: '/export/allocation.xlsx?document=x',
    method: 'GET',
  },
  {
    name: 'exportAudit',
    match: exact('/audit/export.csv'),
    access: 'password-changed',
    roles: ['ADMIN'],
    csrf: 'none',
    answer: 'json',
    example: '/audit/export.csv',
    method: 'GET',
  },
  {
    name: 'asset',
    match: (p) => p.startsWith('/assets/'),
    access: 'public',
    csrf: 'none',
    answer: 'text',
    example: '/assets/none.js',
    method: 'GET',
  },
  {
    name: 'signInPage',
    match: (p) => p === '/login' || p === '/login.html',
    access: 'public',
    csrf: 'none',
    answer: 'text',
    example: '/login',
    method: 'GET',
  },
  {
    name: 'explorer',
    match: (p) => p === '/explorer' || p.startsWith('/explorer/'),
    access: 'password-changed',
    roles: ['ANALYST', 'ADMIN'],
    csrf: 'none',
    answer: 'page',
    example: '/explorer/',
    method: 'GET',
  },
  {
    name: 'page',
    match: (p) =>
      p === '/' || p.endsWith('.html') || p.endsWith('/') || DASHBOARD_ROUTES.includes(p),
    access: 'password-changed',
    csrf: 'none',
    answer: 'page',
    example: '/region',
    method: 'GET',
  },
  // Anything else is a static file or a 404: nothing behind it reads data.
  {
    name: 'static',
    match: () => true,
    access: 'public',
    csrf: 'none',
    answer: 'text',
    example: '/favicon.ico',
    method: 'GET',
  },
];

export function routeOf(path: string): RouteRule {
  return ROUTES.find((r) => r.match(path)) ?? (ROUTES[ROUTES.length - 1] as RouteRule);
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(header: string | undefined): string | null {
  if (!header) return null;
  return header.split(';')[0]?.trim().toLowerCase() || null;
}

const SIMPLE_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

/**
 * Apollo's CSRF rule: a browser sends a cross-site request without a preflight only with no
 * content type or a "simple" one, and without custom headers. Either is enough to pass.
 */
function graphqlCsrfOk(req: IncomingMessage): boolean {
  const type = mediaType(req.headers['content-type']);
  if (type !== null && !SIMPLE_TYPES.has(type)) return true;
  return Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
}

function csrfOk(rule: CsrfRule, req: IncomingMessage): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  if (rule === 'graphql') return graphqlCsrfOk(req);
  if (rule === 'json')
    return (
      method === 'GET' ||
      method === 'HEAD' ||
      mediaType(req.headers['content-type']) === 'application/json'
    );
  return true;
}

function refuse(
  res: ServerResponse,
  rule: RouteRule,
  status: number,
  code: string,
  message: string,
  next?: string,
): void {
  if (rule.answer === 'page' && next !== undefined && status === 401) {
    res.writeHead(302, {
      location: `/login?next=${encodeURIComponent(next)}`,
      'cache-control': 'no-store',
    });
    res.end();
    return;
  }
  if (rule.answer === 'text') {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    });
    res.end(`${code}: ${message}`);
    return;
  }
  const body =
    rule.name === 'graphql'
      ? { errors: [{ message, extensions: { code } }] }
      : { error: { code, message } };
  sendJson(res, status, body, { connection: 'close' });
}

export interface GateInput {
  db: Db;
  req: IncomingMessage;
  res: ServerResponse;
  rule: RouteRule;
  actor: AccountActor | null;
  /** Path and query, for the sign-in redirect of a page. */
  target: string;
  now: Date;
}

/** True when the request may go on to its handler; otherwise the refusal has been sent. */
export async function passGate({
  db,
  req,
  res,
  rule,
  actor,
  target,
  now,
}: GateInput): Promise<boolean> {
  if (rule.access !== 'public') {
    if (!actor) {
      refuse(
        res,
        rule,
        401,
        'UNAUTHENTICATED',
        '请先登录，或提供 API 令牌。Sign in, or send an API token.',
        target,
      );
      return false;
    }
    if (rule.access === 'password-changed' && actor.mustChangePassword) {
      await auditRefusal(db, { actor, now }, rule.name, target, 'PASSWORD_CHANGE_REQUIRED');
      if (rule.answer === 'page') refuse(res, rule, 401, 'PASSWORD_CHANGE_REQUIRED', '', target);
      else
        refuse(
          res,
          rule,
          403,
          'PASSWORD_CHANGE_REQUIRED',
          '请先修改一次性密码。Change your one-time password first.',
        );
      return false;
    }
    if (rule.roles && !rule.roles.includes(actor.role)) {
      await auditRefusal(db, { actor, now }, rule.name, target, 'FORBIDDEN');
      refuse(
        res,
        rule,
        403,
        'FORBIDDEN',
        `角色 ${actor.role} 不能访问此处。The role ${actor.role} may not use ${rule.name}.`,
      );
      return false;
    }
  }
  if (!csrfOk(rule.csrf, req)) {
    refuse(
      res,
      rule,
      // /graphql answers 400 as Apollo does; a JSON-only route says which media type it takes.
      rule.csrf === 'graphql' ? 400 : 415,
      'BAD_REQUEST',
      rule.csrf === 'graphql'
        ? 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF): send application/json or the apollo-require-preflight header.'
        : '请求须为 application/json。Send application/json.',
    );
    return false;
  }
  return true;
}
