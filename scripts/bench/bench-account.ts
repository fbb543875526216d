/** The account the benchmark signs in as: an analyst, like the people who query the API. */
export const BENCH_USER = 'bench.analyst';
export const BENCH_PASSWORD = 'bench-analyst-password';
