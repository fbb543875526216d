/**
 * Who may write what, decided in the service layer: a county files and records only for its
 * own region (by region name or by another region's report id, a write elsewhere is refused
 * with FORBIDDEN, changes nothing and is audited); leaders and analysts only read; notices
 * and accounts are the admins'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, sqlRow, tableCounts } from '../helpers/db.ts';
import { post, startTestServer, type Client, type TestServer } from '../helpers/graphql.ts';
import { fileReport, importSeed, NOTICE, seedLine } from '../graphql/support.ts';

let server: TestServer;
let changji: Client;
let fukang: Client;
beforeAll(async () => {
  server = await startTestServer(importSeed);
  changji = await server.as({ county: '昌吉市' });
  fukang = await server.as({ county: '阜康市' });
  await server.as('LEADER');
  await server.as('ANALYST');
});
afterAll(() => server.close());

const SUBMIT = `mutation ($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) { report { id region { name } version } errors { code field } }
}`;
const AMEND = `mutation ($id: ID!, $lines: [SpendingLineInput!]!) {
  amendSpendingReport(reportId: $id, lines: $lines) { report { id region { name } month version } errors { code field } }
}`;
const RECORD = `mutation ($input: IndicatorResultInput!) {
  recordIndicatorResult(input: $input) { result { id } errors { code field } }
}`;

interface LastAudit {
  actor: string;
  operation: string;
  object: string;
  outcome: string;
  code: string | null;
}
const lastAudit = async (): Promise<LastAudit | undefined> =>
  await sqlRow<LastAudit>(
    server.db,
    'select actor, operation, object, outcome, code from audit_log order by id desc limit 1',
  );

/** Sends a write that must be refused as FORBIDDEN, writing nothing but one audit row. */
async function forbidden(client: Client, query: string, variables: Record<string, unknown>) {
  const before = await tableCounts(server.db);
  const audited = await auditCount(server.db);
  const response = await post(client, query, variables);
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await tableCounts(server.db)).toEqual(before);
  expect(await auditCount(server.db)).toBe(audited + 1);
  expect(await lastAudit()).toMatchObject({ outcome: 'REFUSED', code: 'FORBIDDEN' });
  return response.errors?.[0];
}

describe('a county account', () => {
  it('files for its own region, named or not', async () => {
    const named = await post(changji, SUBMIT, {
      input: { region: '昌吉市', year: 2022, month: 1, lines: [seedLine(100)] },
    });
    expect(named.data).toMatchObject({
      submitSpendingReport: { report: { region: { name: '昌吉市' } }, errors: [] },
    });
    const unnamed = await post(changji, SUBMIT, {
      input: { year: 2022, month: 2, lines: [seedLine(200)] },
    });
    expect(unnamed.data).toMatchObject({
      submitSpendingReport: { report: { region: { name: '昌吉市' } }, errors: [] },
    });
    expect(await lastAudit()).toMatchObject({
      actor: '昌吉市-filer',
      operation: 'submitSpendingReport',
      outcome: 'OK',
    });
    expect((await lastAudit())?.object).toMatch(/^report:\d+ 昌吉市 2022-2$/);
  });

  it('is refused a report for another region by name, and the refusal is audited', async () => {
    const error = await forbidden(changji, SUBMIT, {
      input: { region: '阜康市', year: 2022, month: 9, lines: [seedLine(100)] },
    });
    expect(error?.extensions?.field).toBe('region');
    expect(error?.message).toContain('昌吉市');
    expect(await lastAudit()).toMatchObject({
      actor: '昌吉市-filer',
      operation: 'submitSpendingReport',
      object: 'region:阜康市 2022-9',
    });
  });

  it('is refused a correction of another region’s report by its id', async () => {
    const theirs = await fileReport(server, '阜康市', 2022, 3, [seedLine(300)]);
    const error = await forbidden(changji, AMEND, { id: theirs.id, lines: [seedLine(1)] });
    expect(error?.extensions?.field).toBe('reportId');
    expect(await lastAudit()).toMatchObject({
      operation: 'amendSpendingReport',
      object: `report:${theirs.id}`,
    });
    // Its own region may correct it: version 2 of the same month.
    const own = await post(fukang, AMEND, { id: theirs.id, lines: [seedLine(310)] });
    expect(own.data).toMatchObject({
      amendSpendingReport: {
        report: { region: { name: '阜康市' }, month: 3, version: 2 },
        errors: [],
      },
    });
  });

  it('is refused an indicator result for another region', async () => {
    await forbidden(changji, RECORD, {
      input: {
        region: '阜康市',
        documentNumber: NOTICE,
        indicator: '低保对象人数',
        year: 2022,
        outcome: 'MET',
      },
    });
    const own = await post(fukang, RECORD, {
      input: { documentNumber: NOTICE, indicator: '低保对象人数', year: 2022, outcome: 'MET' },
    });
    expect(own.data).toMatchObject({ recordIndicatorResult: { errors: [] } });
  });

  it('may not import notices, manage accounts or read the audit trail', async () => {
    await forbidden(changji, 'mutation { importNotice(text: "x") { outcome } }', {});
    await forbidden(
      changji,
      'mutation { createAccount(input: { username: "mole", role: ADMIN }) { oneTimePassword } }',
      {},
    );
    const read = await post(changji, '{ auditLog { totalCount } }');
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('leaders, analysts and admins', () => {
  it('read everything but file nothing: a report is the county’s own', async () => {
    for (const role of ['LEADER', 'ANALYST', 'ADMIN'] as const) {
      const client = await server.as(role);
      const read = await post(client, '{ execution(year: 2022, month: 3) { allocated } }');
      expect(read.data).toEqual({ execution: { allocated: 11438 } });
      await forbidden(client, SUBMIT, {
        input: { region: '昌吉市', year: 2022, month: 9, lines: [seedLine(1)] },
      });
      expect((await lastAudit())?.actor).toBe(role.toLowerCase());
    }
  });

  it('only an admin imports a notice or creates an account', async () => {
    for (const role of ['LEADER', 'ANALYST'] as const) {
      await forbidden(
        await server.as(role),
        'mutation { importNotice(text: "x") { outcome } }',
        {},
      );
      await forbidden(await server.as(role), 'mutation { resetPassword(username: "admin") }', {});
    }
    const created = await post<
      { createAccount: { account: { region: { name: string } | null }; oneTimePassword: string } },
      never
    >(
      server,
      'mutation { createAccount(input: { username: "qitai.clerk", role: COUNTY, region: "奇台县" }) { account { region { name } } oneTimePassword } }',
    );
    expect(created.data?.createAccount.account.region).toEqual({ name: '奇台县' });
    expect(created.data?.createAccount.oneTimePassword).toMatch(/^\w{16}$/);
  });
});
