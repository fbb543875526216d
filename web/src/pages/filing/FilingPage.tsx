/** Placeholder until this view is built in this session. */
export function FilingPage() {
  return <p>…</p>;
}
