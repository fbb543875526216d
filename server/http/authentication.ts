/**
 * Who sent a request: an API token (`Authorization: Bearer fea_…`) or the session cookie.
 * Anything else is anonymous and gets only the sign-in page and static assets.
 */
import type { IncomingMessage } from 'node:http';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.ts';
import type { Db } from '../db/connection.ts';
import type { AccountActor } from '../services/actor.ts';
import { actorForSession, actorForToken } from '../services/sign-in.service.ts';

export function sessionIdOf(req: IncomingMessage): string | null {
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

export async function authenticate(
  db: Db,
  req: IncomingMessage,
  now: Date,
): Promise<AccountActor | null> {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? await actorForToken(db, match[1], now) : null;
  }
  const sessionId = sessionIdOf(req);
  return sessionId ? await actorForSession(db, sessionId, now) : null;
}
