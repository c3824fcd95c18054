/**
 * Stars as text (★ filled, ☆ empty: told apart by shape, both dark enough to read) with the number
 * said in words for screen readers.
 */
export function Stars({ rating, label, className = "" }: { rating: number; label: string; className?: string }) {
  const full = Math.round(rating)
  return (
    <span role="img" aria-label={label} className={`tracking-tight text-amber-800 ${className}`}>
      {"★".repeat(full)}
      {"☆".repeat(5 - full)}
    </span>
  )
}
