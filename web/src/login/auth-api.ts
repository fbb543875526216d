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

/**
 * Where to go after signing in: the page asked for, only if it is a path of this site. Decided
 * by the browser's own URL parser, not by looking at the text: `/\t/evil.example/x` and
 * `/\\evil.example` are parsed (tabs and newlines dropped, a backslash read as a slash) into
 * another host, and are refused. The answer is rebuilt from the parsed path, query and hash.
 */
export function nextPage(search: string, origin = window.location.origin): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  if (!next.startsWith('/')) return '/';
  let parsed: URL;
  try {
    parsed = new URL(next, origin);
  } catch {
    return '/';
  }
  if (parsed.origin !== origin) return '/';
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // A path that starts with two slashes would itself name a host when followed.
  return path.startsWith('//') ? '/' : path;
}
