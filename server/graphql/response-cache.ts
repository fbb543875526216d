/**
 * Caches the serialised answers to queries (never mutations) under the data version
 * (db/data-version.ts): a dashboard figure at national scale sums ~10^5 rows, and the same
 * figures are asked for again and again between two filings. Any write transaction changes the
 * version, so a cached answer is never older than the data; answers that depend on the clock
 * (late filings, overdue measures) are kept for the minute only. The key includes who asks
 * (the account), so an answer never crosses users: `me`, `auditLog` and the like differ by
 * account and role. A hit skips Apollo altogether: the same body text passed the same
 * validation, limits and authorization for the same account when it ran.
 */
import { getOperationAST, OperationTypeNode, parse } from 'graphql';

export interface CachedAnswer {
  headers: [string, string][];
  body: string;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Cap on the cached answers' size (UTF-16 code units, near enough bytes for JSON). */
  maxChars: number;
}

const DEFAULTS: ResponseCacheOptions = { maxEntries: 500, maxChars: 64 * 1024 * 1024 };

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

function isQuery(request: Request): boolean {
  try {
    const operation = getOperationAST(parse(request.query), request.operationName);
    return operation?.operation === OperationTypeNode.QUERY;
  } catch {
    return false;
  }
}

export class ResponseCache {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recent first.
  private readonly entries = new Map<string, CachedAnswer>();
  private chars = 0;
  // Answers being computed: ten dashboards asking the same thing after a write wait for the
  // one computation instead of each running it (the reads are synchronous and would queue).
  private readonly inFlight = new Map<string, Promise<CachedAnswer | undefined>>();

  constructor(
    private readonly version: () => string,
    private readonly now: () => Date,
    private readonly options: ResponseCacheOptions = DEFAULTS,
  ) {}

  /**
   * The key of a cacheable request (POST, JSON), with the data version as it is now; null (not
   * cached) when `who` is null (a request that must go through Apollo's checks every time).
   */
  keyOf(method: string, body: unknown, who: string | null): string | null {
    const request = method === 'POST' ? asRequest(body) : null;
    if (!request || who === null) return null;
    const minute = Math.floor(this.now().getTime() / 60_000);
    return JSON.stringify([
      this.version(),
      minute,
      who,
      request.operationName,
      request.query,
      request.variables,
    ]);
  }

  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
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

  /** Keeps a successful query's answer, unless a write ran while it was computed. */
  store(key: string, body: unknown, status: number, answer: CachedAnswer): boolean {
    const request = asRequest(body);
    if (status !== 200 || !request || !answer.body.startsWith('{"data":')) return false;
    if (answer.body.includes('"errors":[')) return false;
    if (!key.startsWith(`[${JSON.stringify(this.version())},`) || !isQuery(request)) return false;
    this.entries.set(key, answer);
    this.chars += answer.body.length;
    for (const [old, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.chars <= this.options.maxChars) {
        break;
      }
      this.entries.delete(old);
      this.chars -= entry.body.length;
    }
    return true;
  }
}
