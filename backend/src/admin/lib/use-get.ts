import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { sdk } from "./sdk"

type Query = Record<string, string | number | undefined>

/**
 * Reads one admin API path, again whenever its query changes or `reload` is called. A failure is
 * shown as a toast prefixed with what could not be loaded. `path` null waits (e.g. a closed drawer).
 */
export function useGet<T>(path: string | null, failure: string, query: Query = {}) {
  const [data, setData] = useState<T | null>(null)
  const [version, setVersion] = useState(0)
  // The query's text, so that a new object with the same filters does not fetch again.
  const key = JSON.stringify(query)
  useEffect(() => {
    if (!path) return
    // A slow answer to an older filter must not overwrite the answer to the newer one.
    let current = true
    sdk.client
      .fetch<T>(path, { query: JSON.parse(key) as Query })
      .then((res) => current && setData(res))
      .catch((e: Error) => current && toast.error(`${failure}: ${e.message}`))
    return () => {
      current = false
    }
  }, [path, key, failure, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, reload }
}
