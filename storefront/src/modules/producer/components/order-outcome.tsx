type T = (key: string) => string

/** What the last action on a part did, or why it was refused, in the page's words (`ProducerOrders`). */
export function OrderOutcome({ done, problem, t }: { done: string | null; problem: string | null; t: T }) {
  if (done)
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-3" data-testid="producer-order-done">
        {t(`done.${done}`)}
      </p>
    )
  if (!problem) return null
  return (
    <p
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
      data-testid="producer-order-problem"
    >
      {t(`problems.${problem}`)}
    </p>
  )
}
