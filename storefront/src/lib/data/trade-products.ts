import "server-only"
import type { Locale } from "@/i18n/routing"
import type { ProductChoice } from "@/modules/trade/types"
import { getTradeEvent, listTradeEvents } from "./events"
import { listProducts } from "./products"

/**
 * A producer's subject key, found through the fairs it exhibited at: the Store API names a
 * producer by key, while a business knows its OCOP subject by id (and a counterpart only by its
 * business id).
 */
async function producerKey(who: { subjectId?: string | null; businessId?: string | null }): Promise<string | null> {
  if (!who.subjectId && !who.businessId) return null
  const events = await listTradeEvents().catch(() => [])
  const pages = await Promise.all(events.map((e) => getTradeEvent(e.handle).catch(() => null)))
  for (const page of pages) {
    const found = page?.exhibitors.find(
      (x) => (who.subjectId && x.producer.id === who.subjectId) || (who.businessId && x.business_id === who.businessId),
    )
    if (found) return found.producer.key
  }
  return null
}

/**
 * The listed products an offer or an agreement line can name: the producer's own when it can be
 * told (`own`), otherwise every listed product by producer, and the API refuses another's.
 */
export async function productChoices(
  locale: Locale,
  who: { subjectId?: string | null; businessId?: string | null },
): Promise<{ own: boolean; products: ProductChoice[] }> {
  const [{ products }, key] = await Promise.all([listProducts(locale, 200), producerKey(who)])
  const choices = products.map((p) => ({
    id: p.id,
    title: p.title,
    producer: p.subject?.name ?? "",
    key: p.subject?.key ?? null,
  }))
  const own = key ? choices.filter((p) => p.key === key) : []
  const pick = (list: typeof choices) => list.map(({ id, title, producer }) => ({ id, title, producer }))
  return own.length ? { own: true, products: pick(own) } : { own: false, products: pick(choices) }
}
