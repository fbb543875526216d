/**
 * The dashboard's queries, each three ways that must give the same answer: the GraphQL request
 * the dashboard sends, the best raw better-sqlite3 query (over the rollup tables the design
 * keeps), and the naive one over the base tables (every report version, filtered to the latest).
 * `answer` turns each into the same plain shape (money as fen strings) for an exact comparison.
 */
import type Database from 'better-sqlite3';
import { wanToFen } from '../../server/domain/money.ts';

export interface Params {
  year: number;
  month: number;
  /** A province: the region view. */
  province: string;
  /** A notice of the first fund: the indicator comparison. */
  documentNumber: string;
}

export interface DashboardQuery {
  name: string;
  graphql: { query: string; variables: (p: Params) => Record<string, unknown> };
  /** The GraphQL data, as the comparable answer. */
  fromGraphQL: (data: unknown) => unknown;
  raw: (db: Database.Database, p: Params) => unknown;
  naive: (db: Database.Database, p: Params) => unknown;
}

const fenOf = (wan: number | null) => (wan === null ? null : String(wanToFen(wan, 6)));
const fenText = (fen: number | bigint | null) => (fen === null ? null : String(fen));
const byKey = <T>(rows: T[], key: (r: T) => string) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * Every current allocation row of the year, with what the counting rule needs to know about its
 * region × fund: the latest batch among the region's own rows (`latest`), and whether the region
 * issued a notice of the fund itself (a subtotal row: `issued`). Written with window functions
 * over the base tables: the first form (correlated NOT EXISTS per row) found the current rows of
 * a fund through `documents.program_id` — ~424 notices a fund, no index on
 * `current_revision_id` — for each of 166,000 rows, 72 s at full scale.
 */
const CURRENT_ALLOCATIONS = `
  select * from (
    select a.region_id, r.year, a.annual_total, a.is_subtotal, coalesce(r.batch, 1e9) as batch,
      max(case when a.is_subtotal = 0 then coalesce(r.batch, 1e9) end) over fund as latest,
      max(a.is_subtotal) over fund as issued
    from allocations a join document_revisions r on r.id = a.revision_id
    join documents d on d.id = r.document_id and d.current_revision_id = r.id
    window fund as (partition by a.region_id, d.program_id))
  where is_subtotal = 0 and year = :year and batch = latest`;

/**
 * Per county: its allocation under the year's current notices, from the base table, by the
 * counting rule written out for this data set (cumulative tables, every region that issues a
 * notice passes all of it on): per fund-year the latest batch's 全年, and nothing at a region
 * that issued a notice of that fund-year itself…
 */
const ALLOCATED_NAIVE = `
  select region_id, sum(annual_total) as amount from (${CURRENT_ALLOCATIONS})
  where issued = 0 group by region_id`;

/** …and from the per-region totals the writes keep current. */
const ALLOCATED = `
  select region_id, allocated as amount from allocation_region_totals
  where year = :year and allocations > 0`;

/** Per region: spending of the month, from the per-region totals. */
const SPENT_ROLLUP = `
  select region_id, spent as amount from spending_region_totals
  where year = :year and month = :month`;

/** The same from the base tables: each region's latest version of the month, line by line. */
const LATEST_REPORT = `s.version = (select max(v.version) from spending_reports v
    where v.region_id = s.region_id and v.year = s.year and v.month = s.month)`;
const SPENT_NAIVE = `
  select s.region_id, sum(l.spent) as amount from spending_reports s
  join spending_lines l on l.report_id = s.id
  join documents d on d.id = l.document_id
  join document_revisions r on r.id = d.current_revision_id
  where s.year = :year and s.month = :month and r.year = :year and ${LATEST_REPORT}
  group by s.region_id`;

interface Figures {
  region: string;
  allocated: string;
  spent: string | null;
  reportedCount: number;
  expectedCount: number;
}

/** A region's figures as both raw queries read them (money as exact integers). */
interface FigureRow {
  region: string;
  allocated: bigint;
  spent: bigint | null;
  reported: bigint;
  expected: bigint;
}

const figuresOf = (rows: FigureRow[]): Figures[] =>
  byKey(
    rows.map((r) => ({
      region: r.region,
      allocated: fenText(r.allocated) ?? '0',
      spent: fenText(r.spent),
      reportedCount: Number(r.reported),
      expectedCount: Number(r.expected),
    })),
    (r) => r.region,
  );

/**
 * A region and its children, each summed over its subtree: every region under the root is
 * attributed to the child its path passes through (`/1/5/9/` under `/1/` → 5), one pass.
 */
function figures(
  db: Database.Database,
  [allocated, spent]: [string, string],
  root: string | null,
  p: Params,
): Figures[] {
  // The root first, so its subtree is a bound prefix the path index finds.
  const top = db
    .prepare(
      root === null
        ? 'select name, path from regions where parent_id is null order by id limit 1'
        : 'select name, path from regions where name = ?',
    )
    .get(...(root === null ? [] : [root])) as { name: string; path: string };
  const rows = db
    .prepare(
      `with alloc as (${allocated}), spent as (${spent}),
       figures as materialized (
         select cast(substr(rest, 1, instr(rest, '/') - 1) as integer) as child, rest,
                alloc.amount as allocated, spent.amount as spent, spent.region_id as reported
         from (select id, substr(path, :length + 1) as rest from regions where path glob :under) g
         join alloc on alloc.region_id = g.id
         left join spent on spent.region_id = g.id)
       select n.name as region, sum(allocated) as allocated, sum(spent) as spent,
              count(reported) as reported, count(*) as expected
       from figures join regions n on n.id = figures.child where rest <> '' group by child
       union all
       select :name, sum(allocated), sum(spent), count(reported), count(*) from figures`,
    )
    .safeIntegers()
    .all({ ...p, name: top.name, length: top.path.length, under: `${top.path}*` }) as FigureRow[];
  return figuresOf(rows);
}

/**
 * The same from the subtree totals the writes keep (execution_subtree_totals): the root's row and
 * its children's, one index search each — what a national figure costs with them.
 */
function subtreeFigures(db: Database.Database, root: string | null, p: Params): Figures[] {
  const top = db
    .prepare(
      root === null
        ? 'select id from regions where parent_id is null order by id limit 1'
        : 'select id from regions where name = ?',
    )
    .pluck()
    .get(...(root === null ? [] : [root])) as number;
  const rows = db
    .prepare(
      `select g.name as region, coalesce(t.allocated, 0) as allocated,
              case when t.reported > 0 then t.spent end as spent,
              coalesce(t.reported, 0) as reported, coalesce(t.expected, 0) as expected
       from regions g left join execution_subtree_totals t
         on t.region_id = g.id and t.year = :year and t.month = :month
       where g.id = :top or (g.parent_id = :top and t.expected > 0)`,
    )
    .safeIntegers()
    .all({ ...p, top }) as FigureRow[];
  return figuresOf(rows);
}

interface GqlFigures {
  region: { name: string };
  allocated: number;
  spent: number | null;
  reportedCount: number;
  expectedCount: number;
}
const FIGURES = 'region { name } allocated spent reportedCount expectedCount';
const gqlFigures = (e: GqlFigures[]): Figures[] =>
  byKey(
    e.map((n) => ({
      region: n.region.name,
      allocated: fenOf(n.allocated) ?? '0',
      spent: fenOf(n.spent),
      reportedCount: n.reportedCount,
      expectedCount: n.expectedCount,
    })),
    (r) => r.region,
  );

type ExecutionData = { execution: GqlFigures & { children: GqlFigures[] } };

const overview: DashboardQuery = {
  name: 'overview',
  graphql: {
    query: `query BenchOverview($year: Int!, $month: Int!) {
      execution(year: $year, month: $month) { ${FIGURES} progress warning children { ${FIGURES} progress warning } }
    }`,
    variables: (p) => ({ year: p.year, month: p.month }),
  },
  fromGraphQL: (data) => {
    const { execution } = data as ExecutionData;
    return gqlFigures([execution, ...execution.children]);
  },
  raw: (db, p) => subtreeFigures(db, null, p),
  naive: (db, p) => figures(db, [ALLOCATED_NAIVE, SPENT_NAIVE], null, p),
};

function directions(db: Database.Database, naive: boolean, p: Params) {
  const from = naive
    ? `from spending_reports s join spending_lines l on l.report_id = s.id
       join spending_line_directions x on x.line_id = l.id
       join documents d on d.id = l.document_id
       join document_revisions r on r.id = d.current_revision_id
       join regions g on g.id = s.region_id
       where s.year = :year and s.month = :month and ${LATEST_REPORT}`
    : `from regions g cross join spending_direction_current x
       on x.year = :year and x.month = :month and x.region_id = g.id
       join documents d on d.id = x.document_id
       join document_revisions r on r.id = d.current_revision_id
       where true`;
  // The subtree as a bound prefix, so the path index finds it (as the repositories do).
  const path = db.prepare('select path from regions where name = ?').pluck().get(p.province);
  const rows = db
    .prepare(
      `select x.direction as direction, sum(x.spent) as spent ${from} and r.year = :year
       and g.path glob :under group by x.direction`,
    )
    .safeIntegers()
    .all({ ...p, under: `${String(path)}*` }) as { direction: string; spent: bigint }[];
  return byKey(
    rows.map((r) => ({ direction: r.direction, spent: String(r.spent) })),
    (r) => r.direction,
  );
}

const regionView: DashboardQuery = {
  name: 'region view',
  graphql: {
    query: `query BenchRegion($year: Int!, $month: Int!, $region: String) {
      execution(year: $year, month: $month, region: $region) {
        ${FIGURES} children { ${FIGURES} } byDirection { direction spent }
      }
    }`,
    variables: (p) => ({ year: p.year, month: p.month, region: p.province }),
  },
  fromGraphQL: (data) => {
    const { execution } = data as {
      execution: ExecutionData['execution'] & {
        byDirection: { direction: string; spent: number }[];
      };
    };
    return {
      figures: gqlFigures([execution, ...execution.children]),
      directions: byKey(
        execution.byDirection.map((d) => ({ direction: d.direction, spent: fenOf(d.spent) })),
        (d) => d.direction,
      ),
    };
  },
  raw: (db, p) => ({
    figures: subtreeFigures(db, p.province, p),
    directions: directions(db, false, p),
  }),
  naive: (db, p) => ({
    figures: figures(db, [ALLOCATED_NAIVE, SPENT_NAIVE], p.province, p),
    directions: directions(db, true, p),
  }),
};

function trendRows(db: Database.Database, naive: boolean, p: Params) {
  const rows = db
    .prepare(
      naive
        ? `select s.month as month, sum(l.spent) as spent, count(distinct s.region_id) as reported
           from spending_reports s join spending_lines l on l.report_id = s.id
           join documents d on d.id = l.document_id
           join document_revisions r on r.id = d.current_revision_id
           where s.year = :year and s.month <= :month and r.year = :year and ${LATEST_REPORT}
           group by s.month`
        : `select t.month as month, t.spent as spent, t.reported as reported
           from execution_subtree_totals t
           where t.region_id = (select id from regions where parent_id is null order by id limit 1)
             and t.year = :year and t.month <= :month and t.reported > 0`,
    )
    .safeIntegers()
    .all(p) as { month: bigint; spent: bigint; reported: bigint }[];
  return Array.from({ length: p.month }, (_, i) => {
    const row = rows.find((r) => Number(r.month) === i + 1);
    return {
      month: i + 1,
      spent: row ? String(row.spent) : null,
      reportedCount: Number(row?.reported ?? 0),
    };
  });
}

const trend: DashboardQuery = {
  name: 'trend',
  graphql: {
    query: `query BenchTrend($year: Int!, $month: Int!) {
      execution(year: $year, month: $month) { trend { month spent progress benchmark reportedCount expectedCount } }
    }`,
    variables: (p) => ({ year: p.year, month: p.month }),
  },
  fromGraphQL: (data) =>
    (
      data as {
        execution: { trend: { month: number; spent: number | null; reportedCount: number }[] };
      }
    ).execution.trend.map((t) => ({
      month: t.month,
      spent: fenOf(t.spent),
      reportedCount: t.reportedCount,
    })),
  raw: (db, p) => trendRows(db, false, p),
  naive: (db, p) => trendRows(db, true, p),
};

function indicatorRows(db: Database.Database, naive: boolean, p: Params) {
  // The latest result of each region × indicator for the notice's year.
  const latest = naive
    ? `left join (select region_id, indicator_id, year, max(id) as id from indicator_results
                  group by region_id, indicator_id, year) m
         on m.region_id = t.region_id and m.indicator_id = si.indicator_id and m.year = r.year
       left join indicator_results x on x.id = m.id`
    : `left join indicator_results x on x.id = (select max(id) from indicator_results y
         where y.indicator_id = si.indicator_id and y.region_id = t.region_id and y.year = r.year)`;
  const rows = db
    .prepare(
      `select si.name as name, g.name as region, si.target_text as target,
              x.value as value, x.outcome as outcome
       from documents d join document_revisions r on r.id = d.current_revision_id
       join target_sheets t on t.revision_id = r.id
       join sheet_indicators si on si.sheet_id = t.id
       join regions g on g.id = t.region_id
       ${latest}
       where d.number = :documentNumber`,
    )
    .all(p) as {
    name: string;
    region: string;
    target: string;
    value: number | null;
    outcome: string | null;
  }[];
  return byKey(rows, (r) => `${r.name}/${r.region}`);
}

const indicatorComparison: DashboardQuery = {
  name: 'indicator comparison',
  graphql: {
    query: `query BenchIndicators($number: String!) {
      indicatorComparison(documentNumber: $number) {
        name level1 level2
        regions { region { name } target { text kind op value unit } result { value text outcome reportedOn } status }
      }
    }`,
    variables: (p) => ({ number: p.documentNumber }),
  },
  fromGraphQL: (data) => {
    const rows = (
      data as {
        indicatorComparison: {
          name: string;
          regions: {
            region: { name: string };
            target: { text: string };
            result: { value: number | null; outcome: string | null } | null;
          }[];
        }[];
      }
    ).indicatorComparison.flatMap((row) =>
      row.regions.map((cell) => ({
        name: row.name,
        region: cell.region.name,
        target: cell.target.text,
        value: cell.result?.value ?? null,
        outcome: cell.result?.outcome ?? null,
      })),
    );
    return byKey(rows, (r) => `${r.name}/${r.region}`);
  },
  raw: (db, p) => indicatorRows(db, false, p),
  naive: (db, p) => indicatorRows(db, true, p),
};

/**
 * Naive: each region's latest version of the month searched among all its versions. Raw: the
 * heads the writes keep (spending_report_heads), one index search per region.
 */
function filingRows(db: Database.Database, naive: boolean, p: Params) {
  const latest = naive
    ? `left join spending_reports s on s.region_id = e.region_id and s.year = :year
       and s.month = :month and ${LATEST_REPORT}`
    : `left join spending_report_heads s on s.year = :year and s.month = :month
       and s.region_id = e.region_id`;
  const submittedAt = naive ? 's.created_at' : 's.submitted_at';
  const rows = db
    .prepare(
      `with e as (${naive ? 'select distinct region_id from (' + ALLOCATED_NAIVE + ')' : ALLOCATED})
       select g.name as region, s.version as version, ${submittedAt} as submittedAt
       from e join regions g on g.id = e.region_id ${latest}`,
    )
    .all(p) as { region: string; version: number | null; submittedAt: string | null }[];
  return {
    filedCount: rows.filter((r) => r.version !== null).length,
    regions: byKey(
      rows.map((r) => ({ ...r, filed: r.version !== null })),
      (r) => r.region,
    ),
  };
}

const filingStatus: DashboardQuery = {
  name: 'filing status',
  graphql: {
    query: `query BenchFiling($year: Int!, $month: Int!) {
      filingStatus(year: $year, month: $month) {
        deadline filedCount expectedCount regions { region { name } filed version submittedAt late }
      }
    }`,
    variables: (p) => ({ year: p.year, month: p.month }),
  },
  fromGraphQL: (data) => {
    const { filingStatus } = data as {
      filingStatus: {
        filedCount: number;
        regions: {
          region: { name: string };
          filed: boolean;
          version: number | null;
          submittedAt: string | null;
        }[];
      };
    };
    return {
      filedCount: filingStatus.filedCount,
      regions: byKey(
        filingStatus.regions.map((r) => ({
          region: r.region.name,
          version: r.version,
          submittedAt: r.submittedAt,
          filed: r.filed,
        })),
        (r) => r.region,
      ),
    };
  },
  raw: (db, p) => filingRows(db, false, p),
  naive: (db, p) => filingRows(db, true, p),
};

/** Counties behind the benchmark: not reported first, then by progress; the first 20 and the count. */
function laggingRows(db: Database.Database, [allocated, spent]: [string, string], p: Params) {
  const rows = db
    .prepare(
      `with alloc as (${allocated}), spent as (${spent})
       select g.name as region, alloc.amount as allocated, spent.amount as spent,
              count(*) over () as total
       from regions g join alloc on alloc.region_id = g.id
       left join spent on spent.region_id = g.id
       where g.level = 'county' and (spent.amount is null or spent.amount * 12 < alloc.amount * :month)
       order by case when spent.amount is null then -1.0 else spent.amount * 1.0 / alloc.amount end, g.id
       limit 20`,
    )
    .safeIntegers()
    .all(p) as { region: string; allocated: bigint; spent: bigint | null; total: bigint }[];
  return {
    totalCount: Number(rows[0]?.total ?? 0),
    nodes: rows.map((r) => ({
      region: r.region,
      allocated: String(r.allocated),
      spent: fenText(r.spent),
    })),
  };
}

const laggingList: DashboardQuery = {
  name: 'lagging list',
  graphql: {
    query: `query BenchLagging($year: Int!, $month: Int!) {
      laggingRegions(year: $year, month: $month, first: 20) {
        totalCount nodes { region { name } allocated spent progress benchmark warning reported }
      }
    }`,
    variables: (p) => ({ year: p.year, month: p.month }),
  },
  fromGraphQL: (data) => {
    const { laggingRegions } = data as {
      laggingRegions: {
        totalCount: number;
        nodes: { region: { name: string }; allocated: number; spent: number | null }[];
      };
    };
    return {
      totalCount: laggingRegions.totalCount,
      nodes: laggingRegions.nodes.map((n) => ({
        region: n.region.name,
        allocated: fenOf(n.allocated) ?? '0',
        spent: fenOf(n.spent),
      })),
    };
  },
  raw: (db, p) => laggingRows(db, [ALLOCATED, SPENT_ROLLUP], p),
  naive: (db, p) => laggingRows(db, [ALLOCATED_NAIVE, SPENT_NAIVE], p),
};

interface ChainFigures {
  region: string;
  received: string | null;
  passedDown: string;
  kept: string;
  allocated: string;
}

/**
 * A province and its prefectures on the chain: received, passed down, kept, and the money
 * counted in each subtree. Raw: the chain rows the imports keep (fund_year_regions) and the
 * region totals. Naive: the same from the allocation rows, by the rule written out in SQL
 * (each fund-year's latest batch; a province's or prefecture's own notices' rows).
 */
function chainRows(db: Database.Database, naive: boolean, p: Params): ChainFigures[] {
  const top = db.prepare('select id, path from regions where name = ?').get(p.province) as {
    id: number;
    path: string;
  };
  if (naive) return chainNaive(db, top.id, p);
  const regions = db
    .prepare('select id, name, path from regions where id = ? or parent_id = ?')
    .all(top.id, top.id) as { id: number; name: string; path: string }[];
  // Its key is (program, region): every program, so a region's rows are 40 index searches.
  const chain = db.prepare(`
    select sum(received) as received, sum(passed_down) as passedDown, sum(kept) as kept
    from fund_year_regions
    where program_id in (select id from programs) and region_id = :id and year = :year`);
  const subtree = db.prepare(`
    select sum(t.allocated) as amount from allocation_region_totals t
    join regions g on g.id = t.region_id where t.year = :year and g.path glob :under`);
  return byKey(
    regions.map((g) => {
      const c = chain.safeIntegers().get({ year: p.year, id: g.id }) as {
        received: bigint | null;
        passedDown: bigint | null;
        kept: bigint | null;
      };
      const amount = subtree.safeIntegers().get({ year: p.year, under: `${g.path}*` }) as {
        amount: bigint | null;
      };
      return {
        region: g.name,
        received: fenText(c.received),
        passedDown: fenText(c.passedDown ?? 0n) ?? '0',
        kept: fenText(c.kept ?? 0n) ?? '0',
        allocated: fenText(amount.amount ?? 0n) ?? '0',
      };
    }),
    (r) => r.region,
  );
}

/**
 * The same from the allocation rows, in one statement for the province and its prefectures:
 * received is the region's rows of each fund-year's latest batch, passed down its children's,
 * the subtree's money the counties' allocation (ALLOCATED_NAIVE). Kept is 0: the generated
 * notices have no 本级 rows.
 */
function chainNaive(db: Database.Database, topId: number, p: Params): ChainFigures[] {
  const rows = db
    .prepare(
      `with latest as materialized (${CURRENT_ALLOCATIONS}),
       counted as materialized (select region_id, sum(annual_total) as amount from latest
         where issued = 0 group by region_id)
       select g.name as region,
         (select sum(l.annual_total) from latest l where l.region_id = g.id) as received,
         (select coalesce(sum(l.annual_total), 0) from latest l
            join regions c on c.id = l.region_id where c.parent_id = g.id) as passedDown,
         (select coalesce(sum(n.amount), 0) from counted n
            join regions c on c.id = n.region_id where c.path glob g.path || '*') as allocated
       from regions g where g.id = :id or g.parent_id = :id`,
    )
    .safeIntegers()
    .all({ year: p.year, id: topId }) as {
    region: string;
    received: bigint | null;
    passedDown: bigint;
    allocated: bigint;
  }[];
  return byKey(
    rows.map((r) => ({
      region: r.region,
      received: fenText(r.received),
      passedDown: String(r.passedDown),
      kept: '0',
      allocated: String(r.allocated),
    })),
    (r) => r.region,
  );
}

const CHAIN_FIELDS = 'region { name } received passedDown kept allocated';
type GqlChain = {
  region: { name: string };
  received: number | null;
  passedDown: number;
  kept: number;
  allocated: number;
};
const allocationChain: DashboardQuery = {
  name: 'allocation chain',
  graphql: {
    query: `query BenchChain($year: Int!, $month: Int!, $region: String) {
      allocationChain(year: $year, month: $month, region: $region) {
        ${CHAIN_FIELDS} children { ${CHAIN_FIELDS} }
      }
    }`,
    variables: (p) => ({ year: p.year, month: p.month, region: p.province }),
  },
  fromGraphQL: (data) => {
    const { allocationChain: node } = data as {
      allocationChain: GqlChain & { children: GqlChain[] };
    };
    return byKey(
      [node, ...node.children].map((n) => ({
        region: n.region.name,
        received: fenOf(n.received),
        passedDown: fenOf(n.passedDown) ?? '0',
        kept: fenOf(n.kept) ?? '0',
        allocated: fenOf(n.allocated) ?? '0',
      })),
      (r) => r.region,
    );
  },
  raw: (db, p) => chainRows(db, false, p),
  naive: (db, p) => chainRows(db, true, p),
};

export const DASHBOARD_QUERIES: DashboardQuery[] = [
  overview,
  regionView,
  trend,
  indicatorComparison,
  filingStatus,
  laggingList,
  allocationChain,
];

/** The heaviest: what ten clients run at once in the event-loop stall test. */
export const HEAVIEST = laggingList;
