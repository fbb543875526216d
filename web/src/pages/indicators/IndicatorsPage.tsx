/** Placeholder until this view is built in this session. */
export function IndicatorsPage() {
  return <p>…</p>;
}
