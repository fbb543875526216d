/**
 * Signing in and out, and turning a session cookie or an API token back into the account
 * acting. Sign-ins are audited (successes and failures); guessing is slowed by the limiter.
 */
import { identityOnlyWrites, type Db } from '../db/connection.ts';
import { signInScopes, type LoginLimiter } from '../auth/login-limiter.ts';
import { verifyPassword } from '../auth/password.ts';
import { newSecret, secretHash, TOKEN_PREFIX } from '../auth/secrets.ts';
import * as accountsRepo from '../repositories/accounts.repo.ts';
import type { AccountWithRegion } from '../repositories/accounts.repo.ts';
import { systemActor, type AccountActor } from './actor.ts';
import { audited } from './audit.service.ts';
import { normaliseUsername } from './accounts.service.ts';

/** A working day and then some: a session ends 12 hours after sign-in. */
export const SESSION_HOURS = 12;
/** Token use is recorded at most this often, so reads do not turn into writes. */
const TOKEN_TOUCH_MS = 60_000;

function actorOf(account: AccountWithRegion, via: AccountActor['via']): AccountActor {
  return {
    kind: 'account',
    accountId: account.id,
    username: account.username,
    role: account.role,
    regionId: account.regionId,
    via,
    mustChangePassword: account.mustChangePassword,
  };
}

export type SignInResult =
  | { ok: true; sessionId: string; actor: AccountActor; maxAgeSeconds: number }
  | { ok: false; code: 'CREDENTIALS_WRONG' | 'TOO_MANY_ATTEMPTS'; retryAfterSeconds: number };

// Compared against when the username is unknown, so both cases take the same time.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function signIn(
  db: Db,
  limiter: LoginLimiter,
  input: { username: string; password: string; address: string; now: Date },
): Promise<SignInResult> {
  const username = normaliseUsername(input.username).slice(0, 100);
  // Until the password is checked, nobody known is acting.
  const anonymous = { actor: systemActor('anonymous'), now: input.now };
  // Counted before the hash: concurrent guesses cannot all pass one check (auth/login-limiter.ts).
  const scopes = signInScopes(username, input.address);
  const wait = await identityOnlyWrites(() => limiter.reserve(scopes, input.now.getTime()));
  if (wait > 0) {
    await identityOnlyWrites(() =>
      audited(db, anonymous, 'signIn', `account:${username}`, (_tx, note) => {
        note.summary = { address: input.address };
        note.refusedCode = 'TOO_MANY_ATTEMPTS';
        return Promise.resolve();
      }),
    );
    return { ok: false, code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: Math.ceil(wait / 1000) };
  }
  const account = await accountsRepo.accountByUsername(db, username);
  const matches = await verifyPassword(
    input.password.slice(0, 1000),
    account?.passwordHash ?? DUMMY_HASH,
  );
  const usable = account && matches && account.disabledAt === null;
  if (usable)
    await identityOnlyWrites(() =>
      limiter.succeeded(scopes, [`pair:${username}|${input.address}`]),
    );

  const sessionId = newSecret();
  const nowIso = input.now.toISOString();
  const expires = new Date(input.now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  const context = usable ? { actor: actorOf(account, 'session'), now: input.now } : anonymous;
  await identityOnlyWrites(() =>
    audited(db, context, 'signIn', `account:${username}`, async (tx, note) => {
      note.summary = { address: input.address };
      if (!usable) {
        note.refusedCode = account?.disabledAt ? 'ACCOUNT_DISABLED' : 'CREDENTIALS_WRONG';
        return;
      }
      await accountsRepo.deleteExpiredSessions(tx, nowIso);
      await accountsRepo.insertSession(tx, {
        idHash: secretHash(sessionId),
        accountId: account.id,
        createdAt: nowIso,
        expiresAt: expires,
      });
    }),
  );
  if (!usable) return { ok: false, code: 'CREDENTIALS_WRONG', retryAfterSeconds: 0 };
  return {
    ok: true,
    sessionId,
    actor: actorOf(account, 'session'),
    maxAgeSeconds: SESSION_HOURS * 3600,
  };
}

export async function signOut(
  db: Db,
  sessionId: string,
  actor: AccountActor,
  now: Date,
): Promise<void> {
  await identityOnlyWrites(() =>
    audited(db, { actor, now }, 'signOut', `account:${actor.username}`, (tx) =>
      accountsRepo.deleteSession(tx, secretHash(sessionId)),
    ),
  );
}

export async function actorForSession(
  db: Db,
  sessionId: string,
  now: Date,
): Promise<AccountActor | null> {
  const sessionHash = secretHash(sessionId);
  const account = await accountsRepo.accountBySession(db, sessionHash, now.toISOString());
  return account ? { ...actorOf(account, 'session'), sessionHash } : null;
}

export async function actorForToken(
  db: Db,
  token: string,
  now: Date,
): Promise<AccountActor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await accountsRepo.accountByToken(db, secretHash(token));
  if (!found) return null;
  const last = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : 0;
  if (now.getTime() - last > TOKEN_TOUCH_MS) {
    try {
      await accountsRepo.markTokenUsed(db, found.token.id, now.toISOString());
    } catch {
      // A database refusing writes must not refuse the read the token is for (/health says it).
    }
  }
  // A token is for scripts: a one-time password must first be changed in the browser.
  return actorOf(found.account, 'token');
}
