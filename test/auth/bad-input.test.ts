/**
 * Bad input to every mutation beyond the filing form (whose cases are in
 * test/graphql/validation.test.ts): negative, NaN, 1e309 and 20-digit amounts, unknown names,
 * SQL metacharacters, 1 MB strings. Each is refused with a code, the data tables are
 * unchanged, and the attempt leaves one audit row (none when GraphQL itself refuses the
 * value before any service runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, tableCounts } from '../helpers/db.ts';
import { post, startTestServer, type Client, type TestServer } from '../helpers/graphql.ts';
import { fileReport, importSeed, NOTICE, postRaw, seedLine } from '../graphql/support.ts';
import { addAccount, signedIn } from './http.ts';

let server: TestServer;
let county: Client;
let analyst: Client;
let reportId: string;
beforeAll(async () => {
  server = await startTestServer(importSeed);
  county = await server.as({ county: '昌吉市' });
  await addAccount(server.db, 'wang.wu', 'ANALYST');
  analyst = await signedIn(server, 'wang.wu');
  reportId = (await fileReport(server, '昌吉市', 2022, 4, [seedLine(400)])).id;
});
afterAll(() => server.close());

const MB = 'x'.repeat(1_000_000);
const SQL = "'; DROP TABLE audit_log; --";

/** Every error code in a response: GraphQL errors' and the payload's `errors { code }`. */
function codesOf(response: {
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}) {
  const payload = [...JSON.stringify(response.data ?? {}).matchAll(/"code":"(\w+)"/g)];
  return [...(response.errors ?? []).map((e) => e.extensions?.code), ...payload.map((m) => m[1])];
}

/** Expects `code`, nothing written to the data tables, and `audited` new audit rows. */
async function refused(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  audited = 1,
) {
  const before = await tableCounts(server.db);
  const rows = await auditCount(server.db);
  const response = await post(client, query, variables);
  const label = `${code}: ${JSON.stringify(variables).slice(0, 80)}`;
  expect(codesOf(response), label).toContain(code);
  expect(await tableCounts(server.db), label).toEqual(before);
  expect(await auditCount(server.db), label).toBe(rows + audited);
}

const AMEND = `mutation ($id: ID!, $spent: Wan!) {
  amendSpendingReport(reportId: $id, lines: [{ documentNumber: "${NOTICE}", spent: $spent }]) {
    errors { code field }
  }
}`;

describe('amendSpendingReport', () => {
  it('refuses bad amounts and ids', async () => {
    await refused(county, AMEND, { id: reportId, spent: -5 }, 'AMOUNT_NEGATIVE');
    await refused(
      county,
      AMEND,
      { id: reportId, spent: '12345678901234567890' },
      'AMOUNT_TOO_LARGE',
    );
    await refused(county, AMEND, { id: reportId, spent: '1.001' }, 'AMOUNT_PRECISION');
    await refused(county, AMEND, { id: reportId, spent: 'NaN' }, 'BAD_USER_INPUT', 0);
    await refused(county, AMEND, { id: SQL, spent: 1 }, 'ID_INVALID');
    await refused(county, AMEND, { id: '1e309', spent: 1 }, 'ID_INVALID');
    await refused(county, AMEND, { id: '99999', spent: 1 }, 'REPORT_NOT_FOUND');
    await refused(county, AMEND, { id: MB, spent: 1 }, 'ID_INVALID');
  });

  it('refuses 1e309 at the scalar, before any service runs', async () => {
    const before = await auditCount(server.db);
    const body = `{"query":${JSON.stringify(AMEND)},"variables":{"id":"${reportId}","spent":1e309}}`;
    const { json } = await postRaw(county, body);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditCount(server.db)).toBe(before);
  });
});

describe('importNotice', () => {
  const IMPORT = 'mutation ($text: String!) { importNotice(text: $text) { errors { code } } }';
  it('refuses what is no notice, however long or odd', async () => {
    await refused(server, IMPORT, { text: SQL }, 'NOT_A_NOTICE');
    await refused(server, IMPORT, { text: MB }, 'NOT_A_NOTICE');
    await refused(server, IMPORT, { text: 'y'.repeat(2_000_001) }, 'TEXT_TOO_LARGE');
  });
});

describe('account mutations', () => {
  const CREATE =
    'mutation ($input: NewAccountInput!) { createAccount(input: $input) { oneTimePassword } }';
  const UPDATE =
    'mutation ($input: AccountChangesInput!) { updateAccount(input: $input) { username } }';
  const create = (input: Record<string, unknown>, code: string, audited = 1) =>
    refused(
      server,
      CREATE,
      { input: { username: 'ok.name', role: 'LEADER', ...input } },
      code,
      audited,
    );

  it('createAccount refuses odd names, unknown regions, weak and huge passwords', async () => {
    await create({ username: SQL }, 'USERNAME_INVALID');
    await create({ username: MB }, 'USERNAME_INVALID');
    await create({ username: 'admin' }, 'USERNAME_TAKEN');
    await create({ role: 'COUNTY', region: SQL }, 'REGION_NOT_FOUND');
    await create({ role: 'COUNTY' }, 'REGION_REQUIRED');
    await create({ region: '昌吉市' }, 'REGION_NOT_ALLOWED');
    await create({ password: 'short' }, 'PASSWORD_WEAK');
    await create({ password: MB }, 'PASSWORD_WEAK');
    await create({ displayName: MB }, 'NAME_TOO_LONG');
    await create({ role: 'ROOT' }, 'BAD_USER_INPUT', 0);
  });

  it('updateAccount and resetPassword refuse unknown accounts and bad values', async () => {
    await refused(server, UPDATE, { input: { username: SQL } }, 'ACCOUNT_NOT_FOUND');
    await refused(
      server,
      UPDATE,
      { input: { username: 'wang.wu', region: '昌吉市' } },
      'REGION_NOT_ALLOWED',
    );
    await refused(
      server,
      UPDATE,
      { input: { username: 'wang.wu', displayName: MB } },
      'NAME_TOO_LONG',
    );
    await refused(server, UPDATE, { input: { username: 'admin', disabled: true } }, 'SELF_DISABLE');
    const RESET = 'mutation ($u: String!) { resetPassword(username: $u) }';
    await refused(server, RESET, { u: MB }, 'ACCOUNT_NOT_FOUND');
  });

  it('changePassword refuses a wrong current password and a weak or huge new one', async () => {
    const CHANGE =
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    await refused(analyst, CHANGE, { c: SQL, n: 'long-enough-password' }, 'PASSWORD_WRONG');
    await refused(analyst, CHANGE, { c: 'a-long-test-password', n: 'short' }, 'PASSWORD_WEAK');
    await refused(analyst, CHANGE, { c: 'a-long-test-password', n: MB }, 'PASSWORD_WEAK');
  });

  it('createApiToken and revokeApiToken refuse bad names and ids', async () => {
    const TOKEN = 'mutation ($n: String!) { createApiToken(name: $n) { token } }';
    const REVOKE = 'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }';
    await refused(analyst, TOKEN, { n: MB }, 'NAME_INVALID');
    await refused(analyst, TOKEN, { n: '   ' }, 'NAME_INVALID');
    await refused(analyst, REVOKE, { id: SQL }, 'ID_INVALID');
    await refused(analyst, REVOKE, { id: '-1' }, 'ID_INVALID');
    await refused(analyst, REVOKE, { id: '424242' }, 'TOKEN_NOT_FOUND');
  });
});
