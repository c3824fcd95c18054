import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled block of a detail drawer or modal. */
export const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => (
  <section className="flex flex-col gap-y-3">
    <div className="flex items-center justify-between gap-x-2">
      <Heading level="h3">{title}</Heading>
      {action}
    </div>
    {children}
  </section>
)

/** Label–value pairs in two columns; an empty value reads as a dash. */
export const Facts = ({ rows }: { rows: [string, ReactNode][] }) => (
  <div className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
    {rows.map(([label, value]) => (
      <div key={label} className="contents">
        <Text size="small" className="text-ui-fg-subtle">
          {label}
        </Text>
        <Text size="small" className="whitespace-pre-line break-words">
          {value === null || value === undefined || value === "" ? "—" : value}
        </Text>
      </div>
    ))}
  </div>
)

/** The line under a list when it has nothing to show. */
export const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
    {children}
  </Text>
)
