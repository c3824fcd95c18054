"use client"

import { useSearchParams } from "next/navigation"
import type { ReactNode } from "react"
import { readOutcome, type ReportOutcome } from "../report"

/**
 * The report form's collapsible part and what became of the last report (`?report=` on the page's
 * address, set by the form's route handler). Rendered on the server with the page's address, so
 * it reads the same with JavaScript off. A refused report opens the form again; a sent one says
 * thank you and leaves it closed.
 */
export function ReportDisclosure({
  summary,
  outcomes,
  children,
}: {
  summary: ReactNode
  outcomes: Record<ReportOutcome, string>
  children: ReactNode
}) {
  const outcome = readOutcome(useSearchParams().get("report"))
  return (
    <>
      {outcome && (
        <p
          role={outcome === "sent" ? "status" : "alert"}
          data-testid="report-outcome"
          className={
            outcome === "sent"
              ? "rounded-lg border border-green-700 bg-green-50 p-3 font-semibold text-green-900"
              : "rounded-lg border border-red-300 bg-red-50 p-3 text-red-900"
          }
        >
          {outcomes[outcome]}
        </p>
      )}
      <details open={!!outcome && outcome !== "sent"} className="group rounded-lg border border-stone-300 bg-white">
        {summary}
        {children}
      </details>
    </>
  )
}

/** The code's signature (`?s=`) from the page's address, sent with the report and kept on the way back. */
export function ReportToken() {
  const token = useSearchParams().get("s")
  return token ? <input type="hidden" name="s" value={token} /> : null
}
