/**
 * POST /auth/login {username, password} → session cookie; POST /auth/logout → cookie cleared.
 * Both accept only application/json (a cross-site form cannot send it without a preflight).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies.ts';
import type { LoginLimiter } from '../auth/login-limiter.ts';
import type { Db } from '../db/connection.ts';
import { noteWriteFailure } from '../db/writable.ts';
import type { AccountActor } from '../services/actor.ts';
import { signIn, signOut } from '../services/sign-in.service.ts';
import { sessionIdOf } from './authentication.ts';
import { readJsonObject, sendJson } from './json-body.ts';

export interface AuthRouteOptions {
  db: Db;
  limiter: LoginLimiter;
  now: () => Date;
  /** Mark the cookie Secure (serve over HTTPS); off for plain-HTTP intranets. */
  secureCookies: boolean;
}

const refusal = (code: string, message: string) => ({ error: { code, message } });

export async function handleLogin(
  req: IncomingMessage,
  res: ServerResponse,
  options: AuthRouteOptions,
): Promise<void> {
  if (req.method !== 'POST')
    return sendJson(res, 405, refusal('METHOD_NOT_ALLOWED', 'POST only'), { allow: 'POST' });
  const body = await readJsonObject(req);
  const { username, password } = body ?? {};
  if (typeof username !== 'string' || typeof password !== 'string')
    return sendJson(
      res,
      400,
      refusal(
        'BAD_REQUEST',
        '请求须为 JSON：{"username": …, "password": …}。Send JSON {"username", "password"}.',
      ),
    );
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn(options.db, options.limiter, {
      username,
      password,
      address: req.socket.remoteAddress ?? 'unknown',
      now: options.now(),
    });
  } catch (e) {
    // Signing in writes (the attempt's count, the session, the audit row).
    const cause = noteWriteFailure(options.db, e);
    if (!cause) throw e;
    return sendJson(
      res,
      503,
      refusal(
        'DATABASE_UNWRITABLE',
        `数据库无法写入，暂时不能登录：${cause} Sign-in is unavailable.`,
      ),
    );
  }
  if (!result.ok) {
    return result.code === 'TOO_MANY_ATTEMPTS'
      ? sendJson(
          res,
          429,
          refusal(
            result.code,
            `尝试次数过多，请 ${Math.ceil(result.retryAfterSeconds / 60)} 分钟后再试。Too many attempts; try again later.`,
          ),
          { 'retry-after': String(result.retryAfterSeconds) },
        )
      : sendJson(res, 401, refusal(result.code, '用户名或密码不正确。Wrong username or password.'));
  }
  sendJson(
    res,
    200,
    {
      account: {
        username: result.actor.username,
        role: result.actor.role,
        mustChangePassword: result.actor.mustChangePassword,
      },
    },
    { 'set-cookie': sessionCookie(result.sessionId, result.maxAgeSeconds, options.secureCookies) },
  );
}

export async function handleLogout(
  req: IncomingMessage,
  res: ServerResponse,
  actor: AccountActor | null,
  options: AuthRouteOptions,
): Promise<void> {
  if (req.method !== 'POST' || !(await readJsonObject(req)))
    return sendJson(res, 400, refusal('BAD_REQUEST', 'POST {} as application/json'));
  const sessionId = sessionIdOf(req);
  if (sessionId && actor?.via === 'session') {
    try {
      await signOut(options.db, sessionId, actor, options.now());
    } catch (e) {
      const cause = noteWriteFailure(options.db, e);
      if (!cause) throw e;
      return sendJson(res, 503, refusal('DATABASE_UNWRITABLE', cause));
    }
  }
  sendJson(res, 200, { ok: true }, { 'set-cookie': clearedSessionCookie(options.secureCookies) });
}
