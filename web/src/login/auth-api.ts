/** The sign-in routes (server/http/auth-routes.ts) and the one mutation a new account needs. */
import { graphql } from '../gql/gql.ts';
import { request } from '../lib/graphql.ts';

export interface SignInAnswer {
  ok: boolean;
  status: number;
  code: string | null;
  message: string | null;
  mustChangePassword: boolean;
}

export async function signIn(username: string, password: string): Promise<SignInAnswer> {
  const response = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as {
    account?: { mustChangePassword: boolean };
    error?: { code: string; message: string };
  };
  return {
    ok: response.ok,
    status: response.status,
    code: body.error?.code ?? null,
    message: body.error?.message ?? null,
    mustChangePassword: body.account?.mustChangePassword ?? false,
  };
}

export async function signOut(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
}

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export async function changePassword(currentPassword: string, newPassword: string) {
  await request(ChangePasswordMutation, { currentPassword, newPassword });
}
