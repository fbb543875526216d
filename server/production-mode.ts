/**
 * Imported first by the server's entry points (server/main.ts, the benchmark's server): some
 * libraries read NODE_ENV as they load — graphql-js skips its development `instanceOf` checks
 * in production (a filing status of 2,850 entries: 19 → 16 ms cold). Read workers inherit it.
 * Left alone when set (NODE_ENV=development keeps the checks).
 */
process.env.NODE_ENV ??= 'production';
