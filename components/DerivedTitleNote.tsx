/** Shown wherever a headline was written by us, not by the source, so no one mistakes it for a quote. */
export function DerivedTitleNote() {
  return (
    <p className="derived-note">
      <span className="badge">Derived headline</span> The source has no headline; this one is taken from the article’s own text.
    </p>
  );
}
