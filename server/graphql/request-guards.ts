/**
 * Two guards on every GraphQL request, as an Apollo plugin:
 * - an account still holding a one-time password may only ask `me` and `changePassword`;
 * - a request that runs longer than its time budget stops resolving fields and answers
 *   REQUEST_TIMEOUT (checked before each field, so even synchronous SQLite reads stop between
 *   fields rather than running to the end).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { GraphQLContext } from './context.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changePassword', '__typename']);

export function requestGuards(timeoutMs: number): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      let timedOut = false;
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          const { actor } = contextValue;
          if (actor.kind !== 'account' || !actor.mustChangePassword) return Promise.resolve();
          const fields = (operation?.selectionSet.selections ?? []).map((s) =>
            s.kind === Kind.FIELD ? s.name.value : '(fragment)',
          );
          if (fields.every((f) => ALLOWED_BEFORE_PASSWORD_CHANGE.has(f))) return Promise.resolve();
          throw new GraphQLError('请先修改一次性密码。Change your one-time password first.', {
            extensions: { code: 'PASSWORD_CHANGE_REQUIRED', http: { status: 403 } },
          });
        },
        executionDidStart() {
          return Promise.resolve({
            willResolveField() {
              if (Date.now() <= deadline) return;
              timedOut = true;
              throw new GraphQLError('timeout', { extensions: { code: 'REQUEST_TIMEOUT' } });
            },
          });
        },
        willSendResponse({ response }) {
          if (!timedOut || response.body.kind !== 'single') return Promise.resolve();
          // One clear error instead of one per unresolved field, and no partial data.
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [
            new GraphQLError(
              `请求超过 ${timeoutMs / 1000} 秒，已停止。The request ran over ${timeoutMs} ms and was stopped.`,
              { extensions: { code: 'REQUEST_TIMEOUT' } },
            ),
          ];
          return Promise.resolve();
        },
      });
    },
  };
}
