/**
 * A producer's stall (docs/producers.md): the photo gallery of its products, the products it proposes
 * for certification, and its story as the public page `/producers/<key>` shows it.
 */

/** How photos are taken: per photo as sent, per request, per product, and the widths kept. */
export const PRODUCER_PHOTO_LIMITS = {
  /** A phone camera's picture as sent; it is kept re-encoded and much smaller. */
  bytes: 10 * 1024 * 1024,
  /** Photos in one upload, and the most one upload's body may carry (refused before it is read). */
  perUpload: 3,
  uploadBytes: 25 * 1024 * 1024,
  /** Photos in one product's gallery. */
  perProduct: 12,
  /** The widths kept of each photo, in pixels: a phone's tile, a phone's full width, a wide screen. */
  widths: [400, 800, 1600],
} as const

/** One stored width of a photo (WebP, no metadata). */
export type PhotoWidth = { width: number; height: number; url: string }

/**
 * A photo of a product as a producer arranges it. `id` is stable from upload to live: a photo
 * uploaded here keeps its own id (`pph_…`) in the Medusa image's metadata; a picture that was not
 * uploaded here (the demo's drawings) is named by its Medusa image id and has no widths.
 */
export type ProducerPhotoView = { id: string; url: string; widths: PhotoWidth[] }

/**
 * What a photo uploaded here keeps in its Medusa image's `metadata`, so the storefront can offer the
 * stored widths (srcset) and removing it can delete its files through the File Module.
 */
export type ProducerPhotoMetadata = { photo_id: string; widths: PhotoWidth[]; file_ids: string[] }

/** The stored widths of a Store API image, when it is a photo uploaded by a producer. */
export function photoWidthsOf(metadata: unknown): PhotoWidth[] {
  const widths = (metadata as Partial<ProducerPhotoMetadata> | null | undefined)?.widths
  if (!Array.isArray(widths)) return []
  return widths
    .filter(
      (w): w is PhotoWidth =>
        !!w && typeof w.url === "string" && Number.isInteger(w.width) && w.width > 0 && Number.isInteger(w.height),
    )
    .sort((a, b) => a.width - b.width)
}

/** An `<img srcset>` of the stored widths ("url 400w, url 800w"), or "" when there are none. */
export const photoSrcSet = (widths: readonly PhotoWidth[]) => widths.map((w) => `${w.url} ${w.width}w`).join(", ")

/** POST /store/producer/products/:id/photos and /gallery: the gallery after the change. */
export type ProducerGalleryResponse = {
  /** The live gallery, or the one waiting for review when the product's group is in review mode. */
  photos: ProducerPhotoView[]
  /** True when the change waits in a change request for an official. */
  waiting: boolean
}

/** Bounds of a proposed product. */
export const PRODUCER_PROPOSAL_LIMITS = { title: 200, variants: 10, variantTitle: 100 } as const

/** A product a producer proposed: a draft until a certificate lists it. */
export type ProducerProposalView = {
  id: string
  product: { id: string; title: string; handle: string; status: string }
  proposed_by: string
  proposed_at: string
}
/** POST /store/producer/proposals */
export type ProducerProposalResponse = { proposal: ProducerProposalView }

/** GET /admin/producers/proposals: each with its producer and whether a certificate lists it now. */
export type AdminProposalRow = ProducerProposalView & {
  producer_id: string
  subject: { id: string; key: string; name: string }
  /** The one listing check's verdict now: on sale only once a certificate lists it. */
  listed: boolean
  certificates: number
}
export type AdminProposalsResponse = { proposals: AdminProposalRow[] }

/** The producer's story, as shoppers read it on the stall and the product pages. */
export const PRODUCER_STORY_MAX = 3_000
/** GET and POST /store/producer/stall: the stall's address key and its story in both languages. */
export type ProducerStallResponse = {
  stall: { key: string; name: string; story_vi: string | null; story_en: string | null; products_listed: number }
}
