/**
 * The server killed with SIGKILL while counties are filing, ten times over, on either engine:
 * after each kill the database passes integrity_check (SQLite's; PostgreSQL keeps its own files
 * whole, and what is checked here is the app's transactions), every filing the server acknowledged is there with its
 * figure, no report is half-written (each has its line, its audit row, and the current-figures
 * table points at the latest version), and versions stay consecutive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { integrityProblems } from '../../server/db/maintenance.ts';
import { closeDb } from '../../server/db/open.ts';
import { importNotice } from '../../server/services/import-notice.service.ts';
import { addAccount, PASSWORD } from '../auth/http.ts';
import { seedNoticeText, sqlRow, sqlRows, TEST_ACTOR } from '../helpers/db.ts';
import { openSharedTestDb, sharedTestDatabase } from '../helpers/engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'crash-test-'));
/** A SQLite file in `dir`, or a PostgreSQL database: the server opens it by DB_PATH or DATABASE_URL. */
const database = await sharedTestDatabase(dir, 'crash.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTICE = '昌州财社〔2022〕11号';
const CLERKS = { 'changji.clerk': '昌吉市', 'fukang.clerk': '阜康市' } as const;

interface Acknowledged {
  id: number;
  region: string;
  month: number;
  spent: number;
}

function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    env: { ...database.env, PORT: '0', SAMPLE_DATA: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /listening on http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (port) resolve({ child, origin: `http://127.0.0.1:${port}` });
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening: ${out}`)),
    );
  });
}

async function signIn(origin: string, username: string): Promise<string> {
  const response = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

const SUBMIT = `mutation ($input: SpendingReportInput!) {
  submitSpendingReport(input: $input) { report { id } errors { code } } }`;

/** Files reports one after another until the server goes away; returns what it acknowledged. */
async function fileUntilKilled(
  origin: string,
  cookie: string,
  region: string,
  state: { inFlight: number },
): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = [];
  for (let n = 0; ; n++) {
    const month = (n % 10) + 1;
    const spent = 100 + n;
    state.inFlight++;
    try {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
        body: JSON.stringify({
          query: SUBMIT,
          variables: { input: { year: 2022, month, lines: [{ documentNumber: NOTICE, spent }] } },
        }),
      });
      const body = (await response.json()) as {
        data?: { submitSpendingReport: { report: { id: string } | null } };
      };
      const id = body.data?.submitSpendingReport.report?.id;
      if (!id) throw new Error(`refused: ${JSON.stringify(body)}`);
      acknowledged.push({ id: Number(id), region, month, spent });
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('refused')) throw e;
      return acknowledged; // The connection died with the server.
    } finally {
      state.inFlight--;
    }
  }
}

async function checkDatabase(acknowledged: Acknowledged[]): Promise<void> {
  const db = await openSharedTestDb(database.location);
  try {
    expect(integrityProblems(db)).toEqual([]);
    for (const ack of acknowledged) {
      const stored = await sqlRow(
        db,
        sql`select r.id, g.name as region, r.month, l.spent from spending_reports r
            join regions g on g.id = r.region_id join spending_lines l on l.report_id = r.id
            where r.id = ${ack.id}`,
      );
      expect(stored, `acknowledged report ${ack.id}`).toEqual({
        ...ack,
        spent: ack.spent * 1_000_000,
      });
    }
    const rows = (text: string) => sqlRows(db, text);
    // Every report has its one line and its audit row; none without the other.
    expect(
      await rows(
        'select id from spending_reports r where (select count(*) from spending_lines l where l.report_id = r.id) != 1',
      ),
    ).toEqual([]);
    const counts = (
      await rows(`select (select count(*) from spending_reports) as reports,
      (select count(*) from audit_log where operation = 'submitSpendingReport' and outcome = 'OK') as audited`)
    )[0] as {
      reports: number;
      audited: number;
    };
    expect(counts.audited).toBe(counts.reports);
    expect(
      await rows(
        `select region_id, month from spending_reports group by region_id, year, month having max(version) != count(*)`,
      ),
    ).toEqual([]);
    expect(
      await rows(`select c.region_id, c.month from spending_current c join spending_reports s on s.id = c.report_id
           where s.version != (select max(version) from spending_reports v
                               where v.region_id = s.region_id and v.year = s.year and v.month = s.month)`),
    ).toEqual([]);
  } finally {
    await closeDb(db);
  }
}

describe('the server killed with SIGKILL mid-filing', () => {
  it('loses no acknowledged report and leaves none half-written, ten times over', async () => {
    const db = await openSharedTestDb(database.location);
    await importNotice(db, { text: seedNoticeText(), sourceName: 'seed', actor: TEST_ACTOR });
    for (const [username, region] of Object.entries(CLERKS))
      await addAccount(db, username, 'COUNTY', region);
    await closeDb(db);

    const all: Acknowledged[] = [];
    for (let round = 1; round <= 10; round++) {
      const { child, origin } = await startServer();
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const cookies = await Promise.all(Object.keys(CLERKS).map((u) => signIn(origin, u)));
      const state = { inFlight: 0 };
      const writers = [
        fileUntilKilled(origin, cookies[0] ?? '', '昌吉市', state),
        fileUntilKilled(origin, cookies[0] ?? '', '昌吉市', state),
        fileUntilKilled(origin, cookies[1] ?? '', '阜康市', state),
      ];
      await new Promise((resolve) => setTimeout(resolve, 300 + ((round * 137) % 500)));
      expect(state.inFlight, `round ${round}: requests in flight at the kill`).toBeGreaterThan(0);
      child.kill('SIGKILL');
      await exited;
      const acknowledged = (await Promise.all(writers)).flat();
      expect(acknowledged.length, `round ${round}: filings acknowledged`).toBeGreaterThan(0);
      all.push(...acknowledged);
      await checkDatabase(all);
    }
  }, 180_000);
});
