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
 */
import { getOperationAST, Kind, OperationTypeNode, parse } from 'graphql';

export interface CachedAnswer {
  headers: [string, string][];
  body: string;
}

interface Entry extends CachedAnswer {
  /** When the clock makes it stale (ms); null: only a write does. */
  expiresAt: number | null;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Cap on the cached answers' size (UTF-16 code units, near enough bytes for JSON). */
  maxChars: number;
}

const DEFAULTS: ResponseCacheOptions = { maxEntries: 500, maxChars: 64 * 1024 * 1024 };

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
    const operation = getOperationAST(parse(request.query), request.operationName);
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

export class ResponseCache {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recent first.
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  // Answers being computed: ten dashboards asking the same thing after a write wait for the
  // one computation instead of each running it.
  private readonly inFlight = new Map<string, Promise<CachedAnswer | undefined>>();
  // The shape of each query text seen (parsing it again on every hit would cost as much as
  // the rest of a hit); cleared when it grows past a bound.
  private readonly shapes = new Map<string, Shape>();

  constructor(
    private readonly version: () => string,
    private readonly now: () => Date,
    private readonly options: ResponseCacheOptions = DEFAULTS,
  ) {}

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
    return JSON.stringify([
      this.version(),
      this.shape(request).shared ? SHARED : account,
      request.operationName,
      request.query,
      request.variables,
    ]);
  }

  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    if (hit.expiresAt !== null && this.now().getTime() >= hit.expiresAt) {
      this.chars -= hit.body.length;
      return undefined;
    }
    this.entries.set(key, hit);
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
    if (!key.startsWith(`[${JSON.stringify(this.version())},`)) return false;
    if (!this.shape(request).isQuery) return false;
    const old = this.entries.get(key);
    if (old) this.chars -= old.body.length;
    this.entries.delete(key);
    this.entries.set(key, { ...answer, expiresAt });
    this.chars += answer.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.chars <= this.options.maxChars) {
        break;
      }
      this.entries.delete(oldest);
      this.chars -= entry.body.length;
    }
    return true;
  }
}
