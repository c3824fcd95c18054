import type { BusinessView } from "@ocop/core"
import { useTranslations } from "next-intl"

/**
 * Why a form that needs a verified business is closed: the API refuses its writes until an
 * official verifies the profile, so the form is disabled rather than sent to fail.
 */
export function LockedNotice({ status, id }: { status: BusinessView["status"]; id: string }) {
  const t = useTranslations("Portal")
  return (
    <p id={id} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="form-locked">
      {t(status === "rejected" ? "lockedRejected" : "lockedPending")}
    </p>
  )
}
