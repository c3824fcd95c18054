import { Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control: every form of these screens stacks them the same way. */
export const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id}>{label}</Label>
    {children}
  </div>
)
