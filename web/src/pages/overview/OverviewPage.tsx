/** Placeholder until this view is built in this session. */
export function OverviewPage() {
  return <p>…</p>;
}
