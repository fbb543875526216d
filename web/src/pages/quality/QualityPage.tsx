/** Placeholder until this view is built in this session. */
export function QualityPage() {
  return <p>…</p>;
}
