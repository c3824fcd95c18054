/**
 * A producer's health as officials read it on the producers' list (docs/producers.md, "Admin"): the
 * gaps in its catalogue and how it handled its orders of the last 90 days. The database counts; the
 * rates, and where a figure becomes something an official should look at, are decided here.
 */

/** Days of orders the performance covers, ending now. */
export const PERFORMANCE_DAYS = 90

/**
 * Parts whose median time from placed to shipped is above this many hours ship slowly: two days
 * covers a weekend order packed on Monday morning.
 */
export const SLOW_SHIPPING_HOURS = 48

/** Cancelling more than this share of its lines is a concern… */
export const HIGH_CANCELLATION_RATE = 0.1
/** …once there are this many lines: one line cancelled of two says little about a producer. */
export const MIN_LINES_FOR_RATE = 5

/** The products its subject makes and their gaps; its variants and those its warehouse cannot ship. */
export type CatalogueHealth = {
  products: number
  /** Products without an English description (Medusa's translation, decision 024). */
  missing_english: number
  /** Products without a single image. */
  missing_photos: number
  /** Variants whose stock is managed. */
  variants: number
  /** Of those, variants with nothing available at the producer's warehouse (none set, or all reserved). */
  out_of_stock: number
}

/** What its parts of orders placed in the window count. */
export type OrderCounts = {
  parts: number
  /** Parts handed to a carrier (shipped or delivered since). */
  shipped: number
  /** The median hours from placed to shipped over the shipped parts; null when none shipped. */
  median_ship_hours: number | null
  lines: number
  canceled_lines: number
}

/** The counts with the share of lines cancelled (0–1; null without lines). */
export type OrderPerformance = OrderCounts & { cancellation_rate: number | null }

export type HealthConcern =
  "missing_english" | "missing_photos" | "out_of_stock" | "slow_shipping" | "many_cancellations"

/** A share from 0 to 1, or null when there is nothing to measure (no lines is not a 0 % rate). */
export function shareOf(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null
  return Math.min(1, Math.max(0, part / whole))
}

/** The counts as sent: hours to one decimal, the cancellation rate to four (a tenth of a percent). */
export function orderPerformance(counts: OrderCounts): OrderPerformance {
  const hours = counts.median_ship_hours
  const rate = shareOf(counts.canceled_lines, counts.lines)
  return {
    ...counts,
    median_ship_hours: hours === null || !Number.isFinite(hours) ? null : Math.round(Math.max(0, hours) * 10) / 10,
    cancellation_rate: rate === null ? null : Math.round(rate * 10_000) / 10_000,
  }
}

/** What an official should look at, in the order the list shows it. */
export function healthConcerns(catalogue: CatalogueHealth, orders: OrderPerformance): HealthConcern[] {
  const concerns: HealthConcern[] = []
  if (catalogue.missing_english > 0) concerns.push("missing_english")
  if (catalogue.missing_photos > 0) concerns.push("missing_photos")
  if (catalogue.out_of_stock > 0) concerns.push("out_of_stock")
  if ((orders.median_ship_hours ?? 0) > SLOW_SHIPPING_HOURS) concerns.push("slow_shipping")
  if (orders.lines >= MIN_LINES_FOR_RATE && (orders.cancellation_rate ?? 0) > HIGH_CANCELLATION_RATE)
    concerns.push("many_cancellations")
  return concerns
}
