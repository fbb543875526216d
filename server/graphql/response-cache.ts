/**
 * Caches the serialised answers to queries (never mutations) under the data version
 * (db/data-version.ts): a dashboard figure at national scale sums ~10^5 rows, and the same
 * figures are asked for again and again between two filings. Any write transaction changes the
 * version, so a cached answer is never older than the data.
 *
 * Who may share an answer: a query whose root fields all answer the same whoever asks (the
 * figures, the documents, the regions: SHARED_ROOT_FIELDS) is kept once for every account, so
 * ten leaders after a filing cost one computation; anything else (`me`, `auditLog`, `accounts`,
 * introspection, which depends on the role, a field not on the list) is kept per account.
 * Which accounts may use the cache at all is decided per request before it is asked
 * (http/app.ts: not with a one-time password). A hit skips Apollo: the same body text passed
 * the same validation and limits when it ran, and the shared fields check no role.
 *
 * The clock: an answer computed from "now" says when it next changes (graphql/clock.ts) and is
 * kept until then — a filing status until the month's deadline passes — instead of every
 * answer expiring at the same minute boundary.
 *
 * What a write changes: a county's filing declares the fund year it changed
 * (db/data-version.ts, withWriteScope). An answer about one year only (YEAR_SCOPED_FIELDS, each
 * with its `year`, nothing reaching into another year such as previousYear) stays valid across
 * filings for other years; every other answer, and every answer across an undeclared write,
 * is computed again.
 */
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  parse,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { WriteScope } from '../db/data-version.ts';
import { DEFAULT_LIMITS } from './limits.ts';

/**
 * Parsed with the API's own token limit: a query Apollo would refuse is not worth a cache
 * entry, and parsing megabytes of it on the main thread would stall every request.
 */
const parseLimited = (query: string): DocumentNode =>
  parse(query, { maxTokens: DEFAULT_LIMITS.maxTokens });

/** Larger requests (query and variables) are answered but never cached. */
const MAX_CACHED_REQUEST_CHARS = 64 * 1024;

export interface CachedAnswer {
  headers: [string, string][];
  body: string;
}

interface Entry extends CachedAnswer {
  /** When the clock makes it stale (ms); null: only a write does. */
  expiresAt: number | null;
  /** The data version it is known valid at (`<writes>.<external>`). */
  version: string;
  /** The only fund years it reads spending of; null: it may read anything. */
  years: ReadonlySet<number> | null;
  /** The same for every account (reads no session, account or audit row). */
  shared: boolean;
}

/** Root fields whose answer reads the spending of their `year` argument's year only. */
const YEAR_SCOPED_FIELDS: ReadonlySet<string> = new Set([
  'execution',
  'laggingRegions',
  'unspentBalances',
  'filingStatus',
  'lagExplanations',
  // The chain's figures and days come from notices and receipts; its `spent` from the
  // execution of its year.
  'allocationChain',
]);

/**
 * Root fields whose answer reads no spending at all (targets, indicator results, regions):
 * valid across any write of spending. Any other write (an indicator result, a notice) still
 * recomputes them, for it declares no scope.
 */
const SPENDING_FREE_FIELDS: ReadonlySet<string> = new Set([
  'indicatorComparison',
  'regionIndicators',
  'region',
  'regions',
]);

/** Fields that reach into another month or year than the one asked for. */
const CROSSING_FIELDS: ReadonlySet<string> = new Set(['previousYear', 'previousMonth']);

/** The years a query's answer reads spending of, or null when that is not plainly so. */
function yearsOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: unknown,
): Set<number> | null {
  const years = new Set<number>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && SPENDING_FREE_FIELDS.has(selection.name.value)) continue;
    if (selection.kind !== Kind.FIELD || !YEAR_SCOPED_FIELDS.has(selection.name.value)) return null;
    const value = selection.arguments?.find((a) => a.name.value === 'year')?.value;
    let year: unknown = null;
    if (value?.kind === Kind.INT) year = Number(value.value);
    else if (value?.kind === Kind.VARIABLE && typeof variables === 'object' && variables)
      year = (variables as Record<string, unknown>)[value.name.value];
    if (typeof year !== 'number' || !Number.isInteger(year)) return null;
    years.add(year);
  }
  let crossing = false;
  visit(document, {
    Field(node) {
      if (CROSSING_FIELDS.has(node.name.value)) crossing = true;
    },
  });
  return crossing ? null : years;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Cap on the memory the cached answers and their keys take (bytes, as sizeOf counts). */
  maxBytes: number;
}

/**
 * 32 MB: fifty of the largest dashboard answers at national scale (the filing status, 297 KB of
 * JSON, ~600 KB counted), while bounding the main thread's heap (it was 64 M characters: up to
 * 128 MB).
 */
const DEFAULTS: ResponseCacheOptions = { maxEntries: 500, maxBytes: 32 * 1024 * 1024 };

/**
 * What an entry takes in the heap: V8 keeps a string holding any character beyond Latin-1 (every
 * answer naming a region) at two bytes a character, so count two.
 */
const sizeOf = (asked: string, body: string) => 2 * (asked.length + body.length);

/**
 * Query fields whose answer does not depend on who asks (every role reads them alike; their
 * resolvers never look at the actor). A field added to the schema is per account until it is
 * added here.
 */
export const SHARED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'health',
  'dataStatus',
  'region',
  'regions',
  'document',
  'documents',
  'programs',
  'importRuns',
  'execution',
  'laggingRegions',
  'unspentBalances',
  'filingStatus',
  'lagExplanations',
  'spendingReports',
  'spendingReport',
  'indicatorComparison',
  'regionIndicators',
  'allocationChain',
  'fundYearChecks',
  'fundYears',
]);

/** The key part of an answer every account shares (an account key is `account:<id>`). */
const SHARED = 'shared';

interface Request {
  query: string;
  operationName: string | null;
  variables: unknown;
}

/** A POSTed JSON GraphQL request, or null for anything else (left to Apollo). */
function asRequest(body: unknown): Request | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  return { query, operationName: operationName ?? null, variables: variables ?? null };
}

interface Shape {
  isQuery: boolean;
  /** Every root selection is a plain field on SHARED_ROOT_FIELDS. */
  shared: boolean;
}

function shapeOf(request: Request): Shape {
  try {
    const operation = getOperationAST(parseLimited(request.query), request.operationName);
    if (operation?.operation !== OperationTypeNode.QUERY) return { isQuery: false, shared: false };
    // Fragments at the root: not looked into, so per account (unsure means not shared).
    const shared = operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && SHARED_ROOT_FIELDS.has(s.name.value),
    );
    return { isQuery: true, shared };
  } catch {
    return { isQuery: false, shared: false };
  }
}

/** A key: the data version it was made at, and what is asked. */
function split(key: string): { version: string; asked: string } {
  const at = key.indexOf('\n');
  return { version: key.slice(0, at), asked: key.slice(at + 1) };
}

export class ResponseCache {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recent first.
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  // Answers being computed: ten dashboards asking the same thing after a write wait for the
  // one computation instead of each running it.
  private readonly inFlight = new Map<string, Promise<CachedAnswer | undefined>>();
  // The shape of each query text seen (parsing it again on every hit would cost as much as
  // the rest of a hit); cleared when it grows past a bound.
  private readonly shapes = new Map<string, Shape>();

  /**
   * `writesSince(n)`: the scopes of the writes after the n-th (db/data-version.ts), or null
   * when one may have changed anything; by default every write may.
   */
  constructor(
    private readonly version: () => string,
    private readonly now: () => Date,
    private readonly options: ResponseCacheOptions = DEFAULTS,
    private readonly writesSince: (count: number) => WriteScope[] | null = () => null,
  ) {}

  /** Whether `entry`, valid at its version, is still valid at `version`. */
  private stillValid(entry: Entry, version: string): boolean {
    if (entry.version === version) return true;
    const [count, external] = entry.version.split('.');
    const [, externalNow] = version.split('.');
    if (external !== externalNow) return false;
    const scopes = this.writesSince(Number(count));
    return (
      scopes !== null &&
      scopes.every((w) =>
        'identityOnly' in w ? entry.shared : entry.years !== null && !entry.years.has(w.year),
      )
    );
  }

  private yearsOf(request: Request): Set<number> | null {
    try {
      const document = parseLimited(request.query);
      const operation = getOperationAST(document, request.operationName);
      return operation ? yearsOf(document, operation, request.variables) : null;
    } catch {
      return null;
    }
  }

  private shape(request: Request): Shape {
    const id = `${request.operationName ?? ''}\n${request.query}`;
    let shape = this.shapes.get(id);
    if (!shape) {
      if (this.shapes.size >= 1000) this.shapes.clear();
      shape = shapeOf(request);
      this.shapes.set(id, shape);
    }
    return shape;
  }

  /**
   * The key of a cacheable request (POST, JSON), with the data version as it is now; null (not
   * cached) when `account` is null (a request that must go through Apollo's checks every time).
   * The account is part of the key unless the query's answer is the same for everyone.
   */
  keyOf(method: string, body: unknown, account: string | null): string | null {
    const request = method === 'POST' ? asRequest(body) : null;
    if (!request || account === null) return null;
    const size = request.query.length + JSON.stringify(request.variables ?? null).length;
    if (size > MAX_CACHED_REQUEST_CHARS) return null;
    // The version first (answers being computed are told apart by it), then what is asked.
    const asked = JSON.stringify([
      this.shape(request).shared ? SHARED : account,
      request.operationName,
      request.query,
      request.variables,
    ]);
    return `${this.version()}\n${asked}`;
  }

  get(key: string): CachedAnswer | undefined {
    const { version, asked } = split(key);
    const hit = this.entries.get(asked);
    if (!hit) return undefined;
    this.entries.delete(asked);
    const expired = hit.expiresAt !== null && this.now().getTime() >= hit.expiresAt;
    if (expired || !this.stillValid(hit, version)) {
      this.bytes -= sizeOf(asked, hit.body);
      return undefined;
    }
    // Checked up to now: the next check reads only the writes after this one.
    hit.version = version;
    this.entries.set(asked, hit);
    return { headers: hit.headers, body: hit.body };
  }

  /** The answer another request is computing under this key, if one is. */
  waitFor(key: string): Promise<CachedAnswer | undefined> | undefined {
    return this.inFlight.get(key);
  }

  /** Marks the key as being computed; call the result with the answer if it was stored. */
  begin(key: string): (stored: CachedAnswer | undefined) => void {
    let settle: (stored: CachedAnswer | undefined) => void = () => {};
    this.inFlight.set(key, new Promise((resolve) => (settle = resolve)));
    return (stored) => {
      this.inFlight.delete(key);
      settle(stored);
    };
  }

  /**
   * Keeps a successful query's answer until `expiresAt` (null: until a write), unless a write
   * ran while it was computed.
   */
  store(
    key: string,
    body: unknown,
    status: number,
    answer: CachedAnswer,
    expiresAt: number | null = null,
  ): boolean {
    const request = asRequest(body);
    if (status !== 200 || !request || !answer.body.startsWith('{"data":')) return false;
    if (answer.body.includes('"errors":[')) return false;
    if (!this.shape(request).isQuery) return false;
    const { version, asked } = split(key);
    const years = this.yearsOf(request);
    // A write ran while it was computed: only a year-scoped answer can be checked against it.
    if (version !== this.version() && !years) return false;
    const old = this.entries.get(asked);
    if (old) this.bytes -= sizeOf(asked, old.body);
    this.entries.delete(asked);
    const { shared } = this.shape(request);
    this.entries.set(asked, { ...answer, expiresAt, version, years, shared });
    this.bytes += sizeOf(asked, answer.body);
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) {
        break;
      }
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry.body);
    }
    return true;
  }
}
