/**
 * A small in-process cache with a time to live and a size bound (oldest entries leave first). The
 * trace view's facts are read by every scan of a popular product; keeping them here for a few
 * seconds turns a scan storm into one database read per product. Entries are dropped at once on a
 * listing, certificate or lot change (the subscriber), and the TTL bounds how long another server
 * of a distributed install, which does not hear that event, can lag.
 */
export class TtlCache<V> {
  private entries = new Map<string, { value: V; expires: number; tag: string | null }>()

  constructor(
    private ttlMs: number,
    private maxEntries = 20_000,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    if (hit.expires < Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return hit.value
  }

  /** `tag` groups entries to drop together (a product id). */
  set(key: string, value: V, tag: string | null = null): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs, tag })
  }

  dropTags(tags: Iterable<string>): void {
    const drop = new Set(tags)
    for (const [key, entry] of this.entries) if (entry.tag === null || drop.has(entry.tag)) this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}
