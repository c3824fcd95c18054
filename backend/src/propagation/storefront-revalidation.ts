import type { Logger } from "@medusajs/framework/types"
import { signRevalidation } from "@ocop/core/revalidation"

/**
 * Tells the storefront which cached pages to drop. Tags are gathered for a moment and sent in one
 * signed call: a registry run that publishes 16k products emits 16k product events, and the
 * storefront needs to hear about them once, not 16k times.
 *
 * The same tags are sent once more `settleMs` later. Next stamps a cached page when its render ends,
 * not when it read the backend: a render that read a product just before a change and ended just
 * after the first call would be kept as fresh, showing a reinstated product as gone (or a revoked
 * one as for sale) until the page's own expiry. By the second call such a render has ended.
 */
export class StorefrontRevalidation {
  private pending = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  private warned = false

  constructor(
    private readonly options: { url?: string; secret?: string; delayMs?: number; settleMs?: number },
    private readonly logger: Pick<Logger, "warn" | "error">,
  ) {}

  enqueue(tags: string[]) {
    if (!this.options.url || !this.options.secret) {
      if (!this.warned) {
        this.logger.warn(
          "STOREFRONT_URL or STOREFRONT_REVALIDATE_SECRET is not set: the storefront cache is not told about listing changes",
        )
        this.warned = true
      }
      return
    }
    for (const t of tags) this.pending.add(t)
    this.timer ??= setTimeout(() => void this.flush(), this.options.delayMs ?? 250)
  }

  async flush() {
    this.timer = null
    const tags = [...this.pending]
    this.pending.clear()
    if (!tags.length) return
    if (await this.send(tags)) {
      const settle = setTimeout(() => void this.send(tags), this.options.settleMs ?? 5_000)
      settle.unref() // a script that flushes on its way out does not wait for it
    }
  }

  /** One signed call; false (logged) when the storefront did not take it. */
  private async send(tags: string[]): Promise<boolean> {
    const body = JSON.stringify({ tags })
    const timestamp = Math.floor(Date.now() / 1000)
    try {
      const res = await fetch(new URL("/api/revalidate", this.options.url), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-ocop-timestamp": String(timestamp),
          "x-ocop-signature": signRevalidation(this.options.secret!, body, timestamp),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      })
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`)
      return true
    } catch (err) {
      // The cached pages expire on their own within minutes (storefront MAX_AGE); say so loudly.
      this.logger.error(`storefront cache revalidation failed for ${tags.length} tag(s): ${(err as Error).message}`)
      return false
    }
  }
}

let instance: StorefrontRevalidation | null = null

/** One per process, configured from the environment. */
export function storefrontRevalidation(logger: Pick<Logger, "warn" | "error">) {
  instance ??= new StorefrontRevalidation(
    {
      // Inside a private network the storefront is reached at another address than the public one.
      url: process.env.STOREFRONT_REVALIDATE_URL || process.env.STOREFRONT_URL,
      secret: process.env.STOREFRONT_REVALIDATE_SECRET,
    },
    logger,
  )
  return instance
}
