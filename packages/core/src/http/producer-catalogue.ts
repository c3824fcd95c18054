import type { ProducerPhotoView } from "./producer-stall"

/**
 * A producer's catalogue (`/store/producer/products`): the products its OCOP subject makes, with
 * the texts a shopper reads in Vietnamese and English, each variant's VND price and shelf data, the
 * price history and any change request waiting for an official (docs/producers.md).
 */

/** The most a variant may cost, in whole VND: a typing slip, not a price. */
export const PRODUCER_PRICE_MAX = 100_000_000
/** Shelf data bounds: grams and millimetres, whole and positive. */
export const PRODUCER_WEIGHT_MAX_G = 100_000
export const PRODUCER_DIMENSION_MAX_MM = 5_000
/** Text limits, in characters. */
export const PRODUCER_DESCRIPTION_MAX = 5_000
export const PRODUCER_SUBTITLE_MAX = 200

/** Whether a product group lets producers' text edits go live at once or wait for an official. */
export const PRODUCER_EDIT_MODES = ["live", "review"] as const
export type ProducerEditMode = (typeof PRODUCER_EDIT_MODES)[number]
/** The product category's metadata key an operator sets to "review" (anything else is "live"). */
export const PRODUCER_EDIT_MODE_KEY = "producer_edits"

export const CHANGE_REQUEST_STATUSES = ["open", "accepted", "returned"] as const
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number]

/** The texts a shopper reads, as a producer may change them. */
export type ProducerProductTexts = {
  description: string | null
  description_en: string | null
  subtitle: string | null
  subtitle_en: string | null
}
export const PRODUCER_TEXT_FIELDS = ["description", "description_en", "subtitle", "subtitle_en"] as const
export type ProducerTextField = (typeof PRODUCER_TEXT_FIELDS)[number]

export type ProducerVariantView = {
  id: string
  title: string
  sku: string | null
  /** Whole VND; null when the variant has no VND price. */
  price: number | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
}

export type PriceChangeView = {
  variant_id: string
  old_amount: number | null
  new_amount: number
  changed_by: string
  changed_at: string
}

/** What a change request holds: texts, and the whole gallery in its new order when photos changed. */
export type ProposedChange = Partial<Record<ProducerTextField, string>> & { gallery?: ProducerPhotoView[] }

export type ChangeRequestView = {
  id: string
  product_id: string
  status: ChangeRequestStatus
  proposed: ProposedChange
  note: string | null
  requested_by: string
  requested_at: string
  resolved_at: string | null
}

export type ProducerProductView = {
  id: string
  title: string
  handle: string
  /** Medusa's status: listing is the certificate's decision, shown, never set here. */
  status: string
  edit_mode: ProducerEditMode
  texts: ProducerProductTexts
  variants: ProducerVariantView[]
  /** The live gallery, in order (the first is the product's thumbnail). */
  photos: ProducerPhotoView[]
  /** The newest open or returned request (an accepted one is live). */
  change_request: ChangeRequestView | null
  price_history: PriceChangeView[]
}

/** GET /store/producer/products */
export type ProducerProductsResponse = { products: ProducerProductView[] }

/** POST /store/producer/products/:id: the product after the edit; `waiting` lists texts held for review. */
export type ProducerProductEditResponse = { product: ProducerProductView; waiting: ProducerTextField[] }

/** GET /admin/producers/change-requests */
export type AdminChangeRequestRow = ChangeRequestView & {
  product: { id: string; title: string; handle: string }
  current: Partial<Record<ProducerTextField, string | null>> & { gallery: ProducerPhotoView[] }
}
export type AdminChangeRequestsResponse = { change_requests: AdminChangeRequestRow[] }
export type AdminChangeRequestResponse = { change_request: ChangeRequestView }

/** GET /admin/producers/price-changes */
export type AdminPriceChangesResponse = {
  price_changes: (PriceChangeView & {
    producer_id: string
    product: { id: string; title: string; handle: string }
    variant_title: string
  })[]
}
