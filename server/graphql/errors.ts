/**
 * What clients see of errors. A user's mistake (InputError, or GraphQL's own parse,
 * validation and input-coercion errors) comes back with its code and field; anything else is
 * masked as INTERNAL_SERVER_ERROR with an id, and logged with that id and its stack.
 */
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { unwritableCause } from '../db/writable.ts';
import { InputError } from '../services/errors.ts';

const USER_FACING = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PASSWORD_CHANGE_REQUIRED',
  'REQUEST_TIMEOUT',
  'FORBIDDEN',
]);

export const UNWRITABLE_CODE = 'DATABASE_UNWRITABLE';

export function unwritableMessage(cause: string): string {
  return `数据库无法写入，未保存：${cause} The database cannot be written; nothing was saved.`;
}

export type ErrorLogger = (entry: { errorId: string; message: string; stack?: string }) => void;

export const consoleErrorLogger: ErrorLogger = (entry) =>
  console.error(JSON.stringify({ level: 'error', ...entry }));

export function makeFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof InputError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, field: original.field },
      };
    }
    const cause = unwritableCause(original);
    if (cause)
      return {
        message: unwritableMessage(cause),
        path: formatted.path,
        extensions: { code: UNWRITABLE_CODE },
      };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && USER_FACING.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const errorId = randomUUID();
    log({
      errorId,
      message: messageWithCauses(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return {
      message: `服务器内部错误，请联系管理员并提供编号 ${errorId}。Internal server error (id ${errorId}).`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}

/**
 * The error's message and its causes': Drizzle wraps a driver's error as "Failed query: …",
 * and on PostgreSQL the reason (`relation … does not exist`) is only in the cause.
 */
function messageWithCauses(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    parts.push(e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(' — caused by: ');
}
