/**
 * Caches the answers to queries (never mutations) under the data version
 * (db/data-version.ts): a dashboard figure at national scale sums ~10^5 rows, and the same
 * figures are asked for again and again between two filings. Any write transaction changes the
 * version, so a cached answer is never older than the data; answers that depend on the clock
 * (late filings, overdue measures) are kept for the minute only. The key includes the
 * Authorization header, so answers never cross users once requests carry one.
 */
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { dataVersion } from '../db/data-version.ts';
import type { GraphQLContext } from './context.ts';

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Rough cap on the cached answers' JSON size. */
  maxBytes: number;
}

const DEFAULTS: ResponseCacheOptions = { maxEntries: 500, maxBytes: 64 * 1024 * 1024 };

interface Entry {
  result: FormattedExecutionResult;
  bytes: number;
}

export function responseCachePlugin(
  options: ResponseCacheOptions = DEFAULTS,
): ApolloServerPlugin<GraphQLContext> {
  // A Map iterates in insertion order: re-inserting on a hit makes it least-recently-used first.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const evict = () => {
    for (const [key, entry] of entries) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) return;
      entries.delete(key);
      bytes -= entry.bytes;
    }
  };
  return {
    requestDidStart() {
      let key: string | null = null;
      let hit = false;
      return Promise.resolve({
        responseForOperation(ctx) {
          if (ctx.operation.operation !== OperationTypeNode.QUERY) return Promise.resolve(null);
          const minute = Math.floor(ctx.contextValue.now.getTime() / 60_000);
          key = JSON.stringify([
            dataVersion(ctx.contextValue.db.$client),
            minute,
            ctx.request.http?.headers.get('authorization') ?? null,
            ctx.operationName,
            ctx.source,
            ctx.request.variables ?? null,
          ]);
          const entry = entries.get(key);
          if (!entry) return Promise.resolve(null);
          hit = true;
          entries.delete(key);
          entries.set(key, entry);
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: entry.result },
          };
          return Promise.resolve(response);
        },
        willSendResponse(ctx) {
          const { body } = ctx.response;
          if (hit || key === null || body.kind !== 'single' || body.singleResult.errors) {
            return Promise.resolve();
          }
          // A write that ran while this query awaited its loaders: the answer may mix versions.
          const now = dataVersion(ctx.contextValue.db.$client);
          if (!key.startsWith(`[${JSON.stringify(now)},`)) return Promise.resolve();
          const size = JSON.stringify(body.singleResult.data).length;
          entries.set(key, { result: body.singleResult, bytes: size });
          bytes += size;
          evict();
          return Promise.resolve();
        },
      });
    },
  };
}
