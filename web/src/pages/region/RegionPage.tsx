/** Placeholder until this view is built in this session. */
export function RegionPage() {
  return <p>…</p>;
}
