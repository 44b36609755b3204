/** Plain stored text as paragraphs: blank lines separate paragraphs, single newlines become line breaks. */
export function TextBlock({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => {
        const lines = p.trim().split('\n');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, rendered once
          <p key={i} className="utrecht-paragraph">
            {lines.map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one paragraph
              <span key={j}>
                {j > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        );
      })}
    </>
  );
}
