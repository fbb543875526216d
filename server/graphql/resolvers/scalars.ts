/**
 * Wan: fen inside, 万元 outside. Output is an exact JSON number (≤ 6 decimals); input is a
 * JSON number or decimal string, passed on as decimal text so the service can check its
 * precision and size with the field's path.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { fenToWan, type Fen } from '../../domain/money.ts';

function wanText(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new GraphQLError(`Wan must be a finite amount, got ${value}`);
    // Shortest round-trip text of the number; exponent forms are caught by the service.
    return String(value);
  }
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return value.trim();
  throw new GraphQLError(
    `Wan must be an amount in 万元 (a number or a decimal string), got ${JSON.stringify(value)?.slice(0, 40)}`,
  );
}

export const Wan = new GraphQLScalarType<string, number>({
  name: 'Wan',
  serialize: (value) => fenToWan(value as Fen),
  parseValue: wanText,
  parseLiteral: (ast: ValueNode) => {
    // A literal keeps the digits as written (no float rounding on the way in).
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING)
      return wanText(ast.value);
    throw new GraphQLError('Wan must be an amount in 万元');
  },
});

function isoDate(value: unknown): string {
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
    return value;
  throw new GraphQLError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: isoDate,
  parseLiteral: (ast) => isoDate(ast.kind === Kind.STRING ? ast.value : null),
});

export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      return new Date(value).toISOString();
    throw new GraphQLError('DateTime must be an ISO 8601 timestamp');
  },
});
