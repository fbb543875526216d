/**
 * An error the user can fix: a machine-readable code and the path of the offending argument
 * or field. The API turns it into a GraphQL error with `extensions.code` and `extensions.field`.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
