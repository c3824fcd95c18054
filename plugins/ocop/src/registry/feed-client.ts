/**
 * Client of the registry's HTTP JSON feed (docs/registry-feed.md): pages of
 * certificate rows linked by `next`, with conditional requests so an unchanged
 * registry costs one 304.
 */
export type FeedPage = { items: unknown[]; next: string | null }
export type FeedResult =
  | { changed: false; etag: string | null; last_modified: string | null }
  | { changed: true; rows: unknown[]; etag: string | null; last_modified: string | null }

export type FeedOptions = {
  url: string
  etag?: string | null
  last_modified?: string | null
  /** Bounds that stop a misbehaving feed from running forever. */
  max_pages?: number
  timeout_ms?: number
  token?: string
}

export class FeedError extends Error {}

export async function fetchFeed(options: FeedOptions): Promise<FeedResult> {
  const maxPages = options.max_pages ?? 10_000
  const headers: Record<string, string> = { accept: "application/json" }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const first = await get(
    options.url,
    {
      ...headers,
      ...(options.etag ? { "if-none-match": options.etag } : {}),
      ...(options.last_modified ? { "if-modified-since": options.last_modified } : {}),
    },
    options.timeout_ms,
  )
  const etag = first.headers.get("etag")
  const lastModified = first.headers.get("last-modified")
  if (first.status === 304)
    return { changed: false, etag: options.etag ?? etag, last_modified: options.last_modified ?? lastModified }
  const rows: unknown[] = []
  let page = await readPage(first, options.url)
  let pages = 1
  const seen = new Set([options.url])
  for (;;) {
    rows.push(...page.items)
    if (!page.next) break
    const next = new URL(page.next, options.url).toString()
    if (seen.has(next)) throw new FeedError(`the feed links back to ${next}: a loop`)
    if (++pages > maxPages) throw new FeedError(`the feed has more than ${maxPages} pages`)
    seen.add(next)
    page = await readPage(await get(next, headers, options.timeout_ms), next)
  }
  return { changed: true, rows, etag, last_modified: lastModified }
}

async function get(url: string, headers: Record<string, string>, timeoutMs = 30_000): Promise<Response> {
  try {
    return await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
  } catch (err) {
    throw new FeedError(`cannot reach the registry at ${url}: ${(err as Error).message}`)
  }
}

async function readPage(res: Response, url: string): Promise<FeedPage> {
  if (!res.ok) throw new FeedError(`the registry answered ${res.status} for ${url}`)
  let body: unknown
  try {
    body = await res.json()
  } catch {
    throw new FeedError(`the registry's page ${url} is not JSON`)
  }
  const page = body as Partial<FeedPage>
  if (!page || !Array.isArray(page.items)) throw new FeedError(`the registry's page ${url} has no "items" array`)
  if (page.next !== undefined && page.next !== null && typeof page.next !== "string") {
    throw new FeedError(`the registry's page ${url} has a "next" that is not a URL`)
  }
  return { items: page.items, next: page.next ?? null }
}
