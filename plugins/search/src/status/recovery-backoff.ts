/** The first wait after Meilisearch is found unreachable; doubled after each further miss. */
const FIRST_DELAY_MS = 60_000
/** The longest wait between two health checks during an outage. */
const MAX_DELAY_MS = 30 * 60_000

/**
 * When the scheduled mirror recovery may next ask Meilisearch, during an outage: after 1 minute,
 * then 2, 4, 8, 16 and every 30 minutes, and again at every tick once it answers.
 */
export class RecoveryBackoff {
  private misses = 0
  private nextAt = 0

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Whether this tick may check Meilisearch (always, outside an outage). */
  due(): boolean {
    return this.now() >= this.nextAt
  }

  /** Records a miss; true for the first of an outage (the one worth a log line). */
  missed(): boolean {
    this.misses += 1
    this.nextAt = this.now() + this.delayMs()
    return this.misses === 1
  }

  /** Records an answer; the number of misses the outage lasted (0 outside one). */
  answered(): number {
    const misses = this.misses
    this.misses = 0
    this.nextAt = 0
    return misses
  }

  /** The wait after the latest miss. */
  delayMs(): number {
    return this.misses ? Math.min(FIRST_DELAY_MS * 2 ** (this.misses - 1), MAX_DELAY_MS) : 0
  }
}
