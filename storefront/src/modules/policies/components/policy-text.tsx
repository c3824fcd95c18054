import { parsePolicyText } from "@ocop/core"

/**
 * A policy's text as React elements: headings, paragraphs and lists from the plain-text structure
 * an official types (`parsePolicyText`). Never HTML: whatever the text holds is shown as text.
 */
export function PolicyText({ source }: { source: string }) {
  return (
    <div className="space-y-3 leading-relaxed" data-testid="policy-text">
      {parsePolicyText(source).map((block, i) =>
        block.type === "heading" ? (
          <h2 key={i} className="pt-2 text-lg font-semibold">
            {block.text}
          </h2>
        ) : block.type === "list" ? (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{block.text}</p>
        ),
      )}
    </div>
  )
}
