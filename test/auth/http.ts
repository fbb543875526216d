/** Signing in over HTTP as a browser would, for the tests of accounts and authorization. */
import type { Db } from '../../server/db/connection.ts';
import { createAccount } from '../../server/services/accounts.service.ts';
import { TEST_ACTOR } from '../helpers/db.ts';
import type { Client, TestServer } from '../helpers/graphql.ts';

export const PASSWORD = 'a-long-test-password';

export async function addAccount(
  db: Db,
  username: string,
  role: 'ADMIN' | 'LEADER' | 'ANALYST' | 'COUNTY',
  region?: string,
  password: string | null = PASSWORD,
) {
  return await createAccount(
    db,
    { actor: TEST_ACTOR, now: new Date() },
    { username, role, region: region ?? null, password },
  );
}

export function originOf(server: Pick<TestServer, 'url'>): string {
  return new URL(server.url).origin;
}

export interface LoginAnswer {
  status: number;
  setCookie: string | null;
  body: { account?: { mustChangePassword: boolean }; error?: { code: string; message: string } };
  retryAfter: string | null;
}

export async function login(
  server: Pick<TestServer, 'url'>,
  username: string,
  password: string,
): Promise<LoginAnswer> {
  const response = await fetch(`${originOf(server)}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return {
    status: response.status,
    setCookie: response.headers.get('set-cookie'),
    body: (await response.json()) as LoginAnswer['body'],
    retryAfter: response.headers.get('retry-after'),
  };
}

/** A client with the session cookie of a successful sign-in. */
export async function signedIn(
  server: TestServer,
  username: string,
  password = PASSWORD,
): Promise<Client> {
  const answer = await login(server, username, password);
  if (answer.status !== 200 || !answer.setCookie)
    throw new Error(`sign-in as ${username} failed: ${JSON.stringify(answer.body)}`);
  return { url: server.url, cookie: answer.setCookie.split(';')[0] };
}
