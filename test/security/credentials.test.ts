/**
 * Finding 5 of the hardening issue: an admin's password reset, and a user's own password
 * change, left the user's API tokens and other sessions working; demoting an ANALYST to LEADER
 * left a token a LEADER may not hold. Now: a reset ends every session and revokes every token;
 * an own change ends the other sessions (the one changing stays) and revokes the tokens; a role
 * without tokens loses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRow } from '../helpers/db.ts';
import { post, startTestServer, type Client, type TestServer } from '../helpers/graphql.ts';
import { addAccount, PASSWORD, signedIn } from '../auth/http.ts';
import { importSeed } from '../graphql/support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(importSeed);
});
afterAll(() => server.close());

const ME = '{ me { username } }';
async function works(client: Client): Promise<boolean> {
  const answer = await post(client, ME);
  return answer.errors === undefined && answer.data !== undefined;
}

async function tokenOf(client: Client): Promise<Client> {
  const answer = await post<{ createApiToken: { token: string } }, never>(
    client,
    'mutation { createApiToken(name: "script") { token } }',
  );
  const token = answer.data?.createApiToken.token;
  expect(token).toMatch(/^fea_/);
  return { url: server.url, token };
}

describe('credentials end with a password reset or change', () => {
  it('an admin’s reset ends every session and revokes every token', async () => {
    await addAccount(server.db, 'reset.me', 'ANALYST');
    const browser = await signedIn(server, 'reset.me');
    const script = await tokenOf(browser);
    expect(await works(script)).toBe(true);
    const reset = await post(server, 'mutation { resetPassword(username: "reset.me") }');
    expect(reset.errors).toBeUndefined();
    expect(await works(browser)).toBe(false);
    expect(await works(script)).toBe(false);
  });

  it('an own change ends the other sessions and the tokens, and keeps the one changing', async () => {
    await addAccount(server.db, 'change.me', 'ANALYST');
    const here = await signedIn(server, 'change.me');
    const elsewhere = await signedIn(server, 'change.me');
    const script = await tokenOf(here);
    const change = await post(
      here,
      `mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "a-brand-new-password") }`,
    );
    expect(change.data).toEqual({ changePassword: true });
    expect(await works(here)).toBe(true);
    expect(await works(elsewhere)).toBe(false);
    expect(await works(script)).toBe(false);
  });

  it('demoting an analyst to leader revokes the token a leader may not hold', async () => {
    await addAccount(server.db, 'demote.me', 'ANALYST');
    const script = await tokenOf(await signedIn(server, 'demote.me'));
    expect(await works(script)).toBe(true);
    const demoted = await post(
      server,
      'mutation { updateAccount(input: { username: "demote.me", role: LEADER }) { role } }',
    );
    expect(demoted.data).toEqual({ updateAccount: { role: 'LEADER' } });
    expect(await works(script)).toBe(false);
    const revoked = await sqlRow<{ n: number }>(
      server.db,
      "select count(*) as n from api_tokens t join accounts a on a.id = t.account_id where a.username = 'demote.me' and t.revoked_at is not null",
    );
    expect(revoked?.n).toBe(1);
  });
});
