import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from "meilisearch"

export type MeiliClientOptions = {
  host: string
  api_key?: string
  /** Per HTTP request; a search that waits longer is served by PostgreSQL instead. */
  timeout_ms?: number
  /** How long a write may stay queued in Meilisearch before it counts as failed. */
  task_timeout_ms?: number
}

/**
 * Meilisearch's official client, configured so that no call can hang: every HTTP request is
 * aborted after `timeout_ms`, and waiting for a task gives up after `task_timeout_ms`. Failures are
 * the client's typed errors, which `describeMeiliError` turns into one line for the log and the
 * status route.
 */
export function meiliClient(options: MeiliClientOptions): Meilisearch {
  return new Meilisearch({
    host: options.host,
    apiKey: options.api_key,
    timeout: options.timeout_ms ?? 5_000,
    defaultWaitOptions: { timeout: options.task_timeout_ms ?? 60_000, interval: 50 },
  })
}

/**
 * What went wrong with Meilisearch, in words an operator can act on: the server's own answer, a
 * timeout, or a server that could not be reached. Looks through `cause` chains, since the Search
 * Module may wrap the provider's error.
 */
export function describeMeiliError(err: unknown): string {
  for (let e = err; e instanceof Error; e = e.cause) {
    if (e instanceof MeilisearchApiError) {
      const { status, statusText } = e.response
      if (e.cause) return `Meilisearch answered ${status} (${e.cause.code}): ${e.cause.message}`
      return `Meilisearch answered ${status}${statusText ? ` ${statusText}` : ""}`
    }
    if (e instanceof MeilisearchRequestError) {
      if (e.cause instanceof MeilisearchRequestTimeOutError) {
        return `Meilisearch did not answer within ${e.cause.cause.timeout} ms`
      }
      const reason = (e.cause as { cause?: { code?: string } })?.cause?.code ?? (e.cause as Error)?.message
      return `${e.message}: Meilisearch is unreachable (${reason})`
    }
    if (e instanceof MeilisearchTaskTimeOutError) return `Meilisearch ${e.message}`
  }
  return (err as Error)?.message ?? String(err)
}
