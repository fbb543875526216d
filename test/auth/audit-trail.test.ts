/**
 * The audit trail: every mutation of the schema leaves exactly one row whether it succeeds or
 * is refused; a row says who, when (the server's clock, UTC), what, on which object, the
 * outcome and a before/after summary; the database refuses to change or delete a row; admins
 * export it as CSV.
 */
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import { auditCount, refusal, seedNoticeText, sqlRow, sqlRun } from '../helpers/db.ts';
import {
  post,
  startTestServer,
  TEST_NOW,
  type Client,
  type TestServer,
} from '../helpers/graphql.ts';
import { fileReport, importSeed, NOTICE, seedLine } from '../graphql/support.ts';
import { filledForm } from '../excel/support.ts';
import { addAccount, signedIn } from './http.ts';

let server: TestServer;
let county: Client;
let analyst: Client;
let reportId: string;
let tokenId: string;
let workbook: string;
beforeAll(async () => {
  server = await startTestServer(importSeed);
  county = await server.as({ county: '昌吉市' });
  await addAccount(server.db, 'wang.wu', 'ANALYST');
  analyst = await signedIn(server, 'wang.wu');
  reportId = (await fileReport(server, '昌吉市', 2022, 4, [seedLine(400)])).id;
  const created = await post<{ createApiToken: { apiToken: { id: string } } }, never>(
    analyst,
    'mutation { createApiToken(name: "script") { apiToken { id } } }',
  );
  tokenId = created.data?.createApiToken.apiToken.id ?? '';
  // 昌吉市's 附件4 for August as the product exports it, with 800 万元 spent written in.
  const form = await filledForm(
    server.db,
    '昌吉市',
    8,
    (ws) => void (ws.getCell('E5').value = 800),
  );
  workbook = form.toString('base64');
});
afterAll(() => server.close());

interface Case {
  client: () => Client;
  ok: string;
  refused: string;
}

/** One accepted and one refused call of every mutation the schema has. */
const CASES: Record<string, Case> = {
  submitSpendingReport: {
    client: () => county,
    ok: `mutation { submitSpendingReport(input: { year: 2022, month: 5, lines: [{ documentNumber: "${NOTICE}", spent: 500 }] }) { errors { code } } }`,
    refused: `mutation { submitSpendingReport(input: { year: 2022, month: 13, lines: [{ documentNumber: "${NOTICE}", spent: -1 }] }) { errors { code } } }`,
  },
  amendSpendingReport: {
    client: () => county,
    ok: `mutation { amendSpendingReport(reportId: "${'{report}'}", lines: [{ documentNumber: "${NOTICE}", spent: 410 }]) { errors { code } } }`,
    refused: `mutation { amendSpendingReport(reportId: "999999", lines: [{ documentNumber: "${NOTICE}", spent: 1 }]) { errors { code } } }`,
  },
  recordIndicatorResult: {
    client: () => county,
    ok: `mutation { recordIndicatorResult(input: { documentNumber: "${NOTICE}", indicator: "低保对象人数", year: 2022, outcome: MET }) { errors { code } } }`,
    refused: `mutation { recordIndicatorResult(input: { documentNumber: "${NOTICE}", indicator: "不存在", year: 2022, value: 1 }) { errors { code } } }`,
  },
  recordFundReceipt: {
    client: () => county,
    ok: `mutation { recordFundReceipt(input: { documentNumber: "${NOTICE}", receivedOn: "2022-06-10" }) { errors { code } } }`,
    // The seed was issued 2022-06-07: money cannot arrive before.
    refused: `mutation { recordFundReceipt(input: { documentNumber: "${NOTICE}", receivedOn: "2022-06-01" }) { errors { code } } }`,
  },
  importNotice: {
    client: () => server,
    // The seed again: unchanged, but still an attempt on the record.
    ok: 'mutation ($text: String!) { importNotice(text: $text) { outcome } }',
    refused: 'mutation { importNotice(text: "各县：请报送。") { errors { code } } }',
  },
  previewNoticeImport: {
    client: () => server,
    ok: 'mutation ($text: String!) { previewNoticeImport(input: { text: $text }) { errors { code } } }',
    refused:
      'mutation { previewNoticeImport(input: { text: "各县：请报送。" }) { errors { code } } }',
  },
  importNoticeFile: {
    client: () => server,
    // The seed again: unchanged, but still an attempt on the record.
    ok: 'mutation ($text: String!) { importNoticeFile(input: { text: $text }) { outcome } }',
    refused: 'mutation { importNoticeFile(input: { text: "各县：请报送。" }) { errors { code } } }',
  },
  createAccount: {
    client: () => server,
    ok: 'mutation { createAccount(input: { username: "zhao.liu", role: LEADER }) { oneTimePassword } }',
    refused: `mutation { createAccount(input: { username: "x'; drop table accounts; --", role: LEADER }) { oneTimePassword } }`,
  },
  updateAccount: {
    client: () => server,
    ok: 'mutation { updateAccount(input: { username: "zhao.liu", displayName: "赵六" }) { displayName } }',
    refused: 'mutation { updateAccount(input: { username: "nobody" }) { displayName } }',
  },
  resetPassword: {
    client: () => server,
    ok: 'mutation { resetPassword(username: "zhao.liu") }',
    refused: 'mutation { resetPassword(username: "nobody") }',
  },
  changePassword: {
    client: () => analyst,
    ok: 'mutation { changePassword(currentPassword: "a-long-test-password", newPassword: "another-long-password") }',
    refused:
      'mutation { changePassword(currentPassword: "wrong", newPassword: "whatever-long-enough") }',
  },
  createApiToken: {
    client: () => analyst,
    ok: 'mutation { createApiToken(name: "second") { token } }',
    refused: `mutation { createApiToken(name: "${'x'.repeat(61)}") { token } }`,
  },
  previewFeedbackWorkbook: {
    client: () => county,
    ok: 'mutation ($file: String!) { previewFeedbackWorkbook(file: $file, region: "昌吉市", year: 2022, month: 8) { problems { code } } }',
    refused: `mutation { previewFeedbackWorkbook(file: "${'A'.repeat(1_400_000)}", region: "昌吉市", year: 2022, month: 8) { problems { code } } }`,
  },
  submitFeedbackWorkbook: {
    client: () => county,
    ok: 'mutation ($file: String!) { submitFeedbackWorkbook(file: $file, region: "昌吉市", year: 2022, month: 8) { problems { code } } }',
    refused:
      'mutation { submitFeedbackWorkbook(file: "bm90IGEgd29ya2Jvb2s=", region: "昌吉市", year: 2022, month: 8) { problems { code } } }',
  },
  revokeApiToken: {
    client: () => analyst,
    ok: 'mutation { revokeApiToken(id: "{token}") { revokedAt } }',
    refused: 'mutation { revokeApiToken(id: "abc") { revokedAt } }',
  },
};

const fillIn = (query: string) => query.replace('{report}', reportId).replace('{token}', tokenId);

describe('every mutation', () => {
  it('is covered here (a new mutation must be added to CASES)', () => {
    const mutation = buildSchema(loadTypeDefs()).getMutationType();
    expect(Object.keys(mutation?.getFields() ?? {}).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))(
    '%s leaves exactly one audit row, accepted or refused',
    async (operation, c) => {
      for (const [query, outcome] of [
        [c.ok, 'OK'],
        [c.refused, 'REFUSED'],
      ] as const) {
        const before = await auditCount(server.db);
        const variables = query.includes('$text')
          ? { text: seedNoticeText() }
          : query.includes('$file')
            ? { file: workbook }
            : undefined;
        const response = await post(c.client(), fillIn(query), variables);
        if (outcome === 'OK') expect(response.errors, `${operation} ${query}`).toBeUndefined();
        expect(await auditCount(server.db), `${operation} ${outcome}`).toBe(before + 1);
        const row = await sqlRow<{ operation: string; outcome: string; at: string }>(
          server.db,
          'select operation, outcome, at from audit_log order by id desc limit 1',
        );
        expect(row).toEqual({ operation, outcome, at: TEST_NOW.toISOString() });
      }
    },
  );
});

describe('an audit row', () => {
  it('names who, through what, the object, and before and after of a resubmission', async () => {
    await fileReport(server, '昌吉市', 2022, 6, [seedLine(600)]);
    await fileReport(server, '昌吉市', 2022, 6, [seedLine('612.34')]);
    const row =
      (await sqlRow<Record<string, string>>(
        server.db,
        "select actor, role, via, object, outcome, cast(summary as text) as summary from audit_log where operation = 'submitSpendingReport' order by id desc limit 1",
      )) ?? {};
    expect(row).toMatchObject({
      actor: '昌吉市-filer',
      role: 'COUNTY',
      via: 'session',
      outcome: 'OK',
    });
    expect(row.object).toMatch(/^report:\d+ 昌吉市 2022-6$/);
    expect(JSON.parse(row.summary ?? '{}')).toMatchObject({
      before: { version: 1 },
      after: { version: 2, region: '昌吉市', lines: [{ document: NOTICE, spentWan: '612.34' }] },
    });
  });

  it('keeps a 1 MB input as its first 200 characters', async () => {
    const reason = '原'.repeat(1_000_000);
    await post(
      county,
      `mutation ($r: String) { submitSpendingReport(input: { year: 2022, month: 7, lines: [{ documentNumber: "${NOTICE}", spent: 1, reason: $r }] }) { errors { code } } }`,
      { r: reason },
    );
    const size = await sqlRow<{ n: number }>(
      server.db,
      'select length(cast(summary as text)) as n from audit_log order by id desc limit 1',
    );
    expect(size?.n).toBeLessThan(5_000);
  });
});

describe('the table', () => {
  it('refuses UPDATE and DELETE in the database itself', async () => {
    const before = await auditCount(server.db);
    expect(await refusal(sqlRun(server.db, "update audit_log set outcome = 'OK'"))).toMatch(
      /append-only/,
    );
    expect(await refusal(sqlRun(server.db, 'delete from audit_log'))).toMatch(/append-only/);
    expect(
      await refusal(
        sqlRun(server.db, 'delete from audit_log where id = (select max(id) from audit_log)'),
      ),
    ).toMatch(/append-only/);
    expect(await auditCount(server.db)).toBe(before);
  });
});

describe('browsing and export (admins)', () => {
  it('pages newest first and filters by operation and outcome', async () => {
    const response = await post<
      { auditLog: { totalCount: number; nodes: { operation: string; outcome: string }[] } },
      never
    >(
      server,
      '{ auditLog(operation: "submitSpendingReport", outcome: REFUSED, first: 2) { totalCount nodes { operation outcome } } }',
    );
    const log = response.data?.auditLog;
    expect(log?.totalCount).toBeGreaterThanOrEqual(1);
    expect(
      log?.nodes.every((n) => n.operation === 'submitSpendingReport' && n.outcome === 'REFUSED'),
    ).toBe(true);
  });

  it('exports every row as CSV with a BOM for Excel, to admins only', async () => {
    const origin = new URL(server.url).origin;
    const response = await fetch(`${origin}/audit/export.csv`, {
      headers: { cookie: server.cookie ?? '' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,role,via,operation,object,outcome,code,summary');
    expect(lines.length - 1).toBe(await auditCount(server.db));
    // A value that a spreadsheet would run as a formula is defused.
    expect(text).not.toMatch(/(^|,)"=/m);
    const forbidden = await fetch(`${origin}/audit/export.csv`, {
      headers: { cookie: county.cookie ?? '' },
    });
    expect(forbidden.status).toBe(403);
  });
});
