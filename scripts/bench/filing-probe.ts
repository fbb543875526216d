/**
 * In-process timing of the filing status on a kept data set (a copy: opening it runs the
 * migrations): the GraphQL operation through the product's executor with no response cache
 * (a fresh context, so fresh loaders, each time: the cold answer), the bench's raw SQL, and
 * the service alone. Medians of N. `node --import tsx scripts/bench/filing-probe.ts FILE [N]`.
 */
import Database from 'better-sqlite3';
import { openDatabase } from '../../server/db/connection.ts';
import { DEFAULT_THRESHOLDS } from '../../server/domain/execution-figures.ts';
import { executeRequest } from '../../server/graphql/executor.ts';
import { createApolloServer } from '../../server/graphql/server.ts';
import { filingStatus as filingStatusService } from '../../server/services/filing.service.ts';
import { DASHBOARD_QUERIES, type Params } from './queries.ts';

const file = process.argv[2];
const times = Number(process.argv[3] ?? 20);
if (!file) throw new Error('usage: filing-probe.ts FILE [times]');
const db = await openDatabase(file);
const raw = new Database(file, { readonly: true });
const query = DASHBOARD_QUERIES.find((q) => q.name === 'filing status')!;
const params: Params = { year: 2025, month: 12, province: '', documentNumber: '' };
const apollo = createApolloServer();
await apollo.start();
const actor = {
  kind: 'account' as const,
  accountId: 1,
  username: 'probe',
  role: 'ANALYST' as const,
  regionId: null,
  via: 'session' as const,
  mustChangePassword: false,
};
const body = { query: query.graphql.query, variables: query.graphql.variables(params) };
const graphql = async () => {
  const answer = await executeRequest(
    apollo,
    db,
    DEFAULT_THRESHOLDS,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      search: '',
      body,
    },
    actor,
    new Date('2026-12-06T12:00:00Z'),
  );
  return answer.body;
};

/** Median and minimum of `times` runs (the machine is shared: the minimum is the least disturbed). */
async function median(work: () => unknown): Promise<string> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return `${ms[Math.floor(ms.length / 2)]!.toFixed(1)} (min ${ms[0]!.toFixed(1)})`;
}

/** The bench's raw query before the heads: the latest version searched per region. */
const rawBefore = raw.prepare(`
  with e as (select region_id from allocation_region_totals where year = :year and allocations > 0)
  select g.name as region, s.version as version, s.created_at as submittedAt
  from e join regions g on g.id = e.region_id
  left join spending_reports s on s.region_id = e.region_id and s.year = :year and s.month = :month
    and s.version = (select max(v.version) from spending_reports v
      where v.region_id = s.region_id and v.year = s.year and v.month = s.month)`);

const text = await graphql();
const parsed = JSON.parse(text) as { data: unknown; errors?: unknown };
if (parsed.errors) throw new Error(text.slice(0, 500));
const same =
  JSON.stringify(query.fromGraphQL(parsed.data)) === JSON.stringify(query.raw(raw, params));
console.log(`answer ${text.length} bytes, same as raw: ${same}`);
if (process.env.NAIVE) {
  const naiveSame =
    JSON.stringify(query.naive(raw, params)) === JSON.stringify(query.raw(raw, params));
  console.log(`naive same as raw: ${naiveSame}`);
}
/** The same over the heads. */
const rawAfter = raw.prepare(`
  with e as (select region_id from allocation_region_totals where year = :year and allocations > 0)
  select g.name as region, s.version as version, s.submitted_at as submittedAt
  from e join regions g on g.id = e.region_id
  left join spending_report_heads s on s.year = :year and s.month = :month
    and s.region_id = e.region_id`);

if (process.env.PROFILE) {
  for (let i = 0; i < times; i++) await graphql();
} else {
  for (let round = 0; round < 2; round++) {
    const before = await median(() => rawBefore.all({ year: params.year, month: params.month }));
    const after = await median(() => rawAfter.all({ year: params.year, month: params.month }));
    const r = await median(() => query.raw(raw, params));
    const s = await median(() =>
      filingStatusService(db, { year: 2025, month: 12 }, new Date('2026-12-06T12:00:00Z')),
    );
    const g = await median(graphql);
    console.log(
      `SQL alone: base tables ${before}, heads ${after} · raw ${r} · service ${s} · GraphQL cold ${g} ms`,
    );
  }
}
if (process.env.DUMP) console.log(text);
await apollo.stop();
raw.close();
db.$client.close();
