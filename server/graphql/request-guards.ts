/**
 * Guards on every GraphQL request, as an Apollo plugin:
 * - an account still holding a one-time password may only ask `me` and `changePassword`;
 * - introspection (`__schema`, `__type`) is for the explorer's users, analysts and admins
 *   (Apollo's own switch is on in production too, so the explorer gets its schema there);
 * - a query's refused fields (FORBIDDEN) are collected in the context, so the HTTP side can
 *   audit them (a query may have run on a read-only worker connection);
 * - a request that runs longer than its time budget stops resolving fields and answers
 *   REQUEST_TIMEOUT (checked before each field on the main thread; on a read worker the pool
 *   terminates the worker at the deadline instead, which stops even one long synchronous SQLite
 *   read — and the per-field check is left out there: Apollo wraps every field's resolver while
 *   a plugin has the hook, ~2 ms of a 2,850-entry filing status).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, OperationTypeNode, visit, type DocumentNode } from 'graphql';
import { ForbiddenError, mayUseExplorer } from '../services/authorization.ts';
import { noteWriteFailure } from '../db/writable.ts';
import { InputError } from '../services/errors.ts';
import type { GraphQLContext } from './context.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changePassword', '__typename']);

export function timeoutMessage(timeoutMs: number): string {
  return `请求超过 ${timeoutMs / 1000} 秒，已停止。The request ran over ${timeoutMs} ms and was stopped.`;
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export function requestGuards(
  timeoutMs: number,
  { checkEachField = true }: { checkEachField?: boolean } = {},
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      let timedOut = false;
      return Promise.resolve({
        didResolveOperation({ contextValue, operation, document }) {
          const { actor } = contextValue;
          if (asksIntrospection(document) && !mayUseExplorer(actor))
            throw new GraphQLError(
              '只有分析人员和管理员可以查看接口结构。Introspection is for analysts and administrators.',
              { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
            );
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
          if (!checkEachField) return Promise.resolve();
          return Promise.resolve({
            willResolveField() {
              if (Date.now() <= deadline) return;
              timedOut = true;
              throw new GraphQLError('timeout', { extensions: { code: 'REQUEST_TIMEOUT' } });
            },
          });
        },
        didEncounterErrors({ errors, contextValue, operation }) {
          // A mutation that failed on a database refusing writes is a 503 naming why.
          if (operation?.operation === OperationTypeNode.MUTATION)
            for (const error of errors) {
              const original = unwrapResolverError(error);
              if (original instanceof InputError || !(original instanceof Error)) continue;
              const cause = noteWriteFailure(contextValue.db, original);
              if (cause) contextValue.writeFailure.cause = cause;
            }
          // Mutations audit their own refusals (services/audit.service.ts `audited`).
          if (operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original instanceof ForbiddenError)) continue;
            contextValue.refusals.push({
              field: String(error.path?.[0] ?? ''),
              code: original.code,
              message: original.message,
            });
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          if (!timedOut || response.body.kind !== 'single') return Promise.resolve();
          // One clear error instead of one per unresolved field, and no partial data.
          response.body.singleResult.data = null;
          response.body.singleResult.errors = [
            new GraphQLError(timeoutMessage(timeoutMs), {
              extensions: { code: 'REQUEST_TIMEOUT' },
            }),
          ];
          return Promise.resolve();
        },
      });
    },
  };
}
