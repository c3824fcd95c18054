import { cardClass } from "@/modules/trade/styles"

/**
 * What a producer page shows instead of its content: that the account acts for no producer, or the
 * official's reason while the producer is suspended. Nothing for a member.
 */
export function AccessNotice({
  state,
  none,
  suspended,
}: {
  state: { kind: "member" | "none" } | { kind: "suspended"; reason: string }
  none: string
  suspended: (reason: string) => string
}) {
  if (state.kind === "none")
    return (
      <div className={cardClass} data-testid="producer-none">
        <p className="font-semibold">{none}</p>
      </div>
    )
  if (state.kind === "suspended")
    return (
      <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4" data-testid="producer-suspended">
        <p className="break-words">{suspended(state.reason)}</p>
      </div>
    )
  return null
}

/** A page's outcome: a confirmation (`done`) or a refusal (`problem`), already in the page's words. */
export function Outcome({ done, problem, testId }: { done?: string | null; problem?: string | null; testId: string }) {
  if (done)
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-2" data-testid={`${testId}-done`}>
        {done}
      </p>
    )
  if (problem)
    return (
      <p
        role="alert"
        className="rounded border border-red-300 bg-red-50 p-2 text-red-900"
        data-testid={`${testId}-problem`}
      >
        {problem}
      </p>
    )
  return null
}
