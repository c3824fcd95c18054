"use client"

import { useEffect, useRef, type ReactNode } from "react"

type Props = { summary: ReactNode; children: ReactNode }

/** The width from which the filters stand beside the results (Tailwind's `md`, the page's grid). */
const WIDE = "(min-width: 768px)"

/**
 * The catalogue's filters in a disclosure: closed on a phone, so the first products are on the
 * first screen, and open beside the results on a wider screen. With JavaScript, a change of any
 * filter applies it at once; without, the form's button does.
 */
export function FilterPanel({ summary, children }: Props) {
  const panel = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const details = panel.current
    if (!details) return
    if (window.matchMedia(WIDE).matches) details.open = true
    const form = details.querySelector("form")
    const apply = () => form?.requestSubmit()
    form?.addEventListener("change", apply)
    return () => form?.removeEventListener("change", apply)
  }, [])
  return (
    <details ref={panel} className="group rounded border border-stone-200 bg-white md:border-0 md:bg-transparent">
      <summary
        className="flex min-h-11 cursor-pointer items-center px-3 font-semibold md:px-0"
        data-testid="filters-toggle"
      >
        {summary}
      </summary>
      <div className="px-3 pb-3 md:px-0">{children}</div>
    </details>
  )
}
