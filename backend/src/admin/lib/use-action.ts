import { toast } from "@medusajs/ui"
import { useState } from "react"

/**
 * One way for the traceability forms to send a change: busy while it runs, the success message it
 * returns as a toast, the server's own message when it fails (it names the field that is wrong).
 */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      toast.success(await work())
      return true
    } catch (e) {
      toast.error((e as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
