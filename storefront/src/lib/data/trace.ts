import "server-only"
import type { TraceView } from "@ocop/core"
import { cache } from "react"
import { MEDUSA_LOCALE, type Locale } from "@/i18n/routing"
import { sdk } from "../medusa"

export type TraceResult =
  | { status: 200; trace: TraceView }
  /** No product behind the code: an unknown GTIN or handle. */
  | { status: 404 }
  /** The code cannot be read (a bad check digit, a lot before its GTIN…); the backend says why. */
  | { status: 400; message: string }

/**
 * What a scanned code shows, from the backend's trace view. Read live (`no-store`): scan counts and
 * certificate states must be today's, and the backend caches what can be. Memoised per request, so
 * the page and its metadata make one call and a scan is not counted twice. Other failures throw.
 * The lot's tests, journey and sales points come in the page's language.
 */
export const getTrace = cache(async (code: string, token: string | undefined, locale: Locale): Promise<TraceResult> => {
  try {
    const { trace } = await sdk.client.fetch<{ trace: TraceView }>("/store/trace", {
      query: { code, ...(token ? { s: token } : {}), locale: MEDUSA_LOCALE[locale] },
      cache: "no-store",
    })
    return { status: 200, trace }
  } catch (error) {
    const { status, message } = error as { status?: number; message?: string }
    if (status === 404) return { status }
    if (status === 400) return { status, message: message ?? "" }
    throw error
  }
})
