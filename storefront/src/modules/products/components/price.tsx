import { formatVnd } from "@ocop/core"

export function Price({ amount, className }: { amount: number | null; className?: string }) {
  if (amount === null) return <span className={className}>Liên hệ</span>
  return (
    <span className={className} data-testid="price">
      {formatVnd(amount)}
    </span>
  )
}
