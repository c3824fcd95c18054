import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_PHOTO_LIMITS, photoWidthsOf, type ProducerPhotoMetadata, type ProducerPhotoView } from "@ocop/core"

/**
 * A photo as the gallery's workflows carry it: what the producer sees, the File Module ids of its
 * files (none for a picture not uploaded here) and, once live, its Medusa image's id.
 */
export type GalleryPhoto = ProducerPhotoView & { file_ids: string[]; image_id?: string }

/** A change of a product's gallery. */
export type GalleryEdit =
  /** Photos just uploaded, after the others. */
  | { add: GalleryPhoto[] }
  /** The photos kept, by id, in their new order: one left out is removed. */
  | { arrange: string[] }
  /** A gallery held for review, accepted by an official: it becomes the live one. */
  | { accept: GalleryPhoto[] }

export type GalleryPlan = {
  /** The new live gallery, when the live one changes. */
  live: GalleryPhoto[] | null
  /** The new gallery held for review, when that changes. */
  held: GalleryPhoto[] | null
  /** Files no gallery holds any more: deleted once the change is done. */
  drop_files: string[]
}

type Image = { id: string; url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/** A Medusa product image as a gallery photo (a photo uploaded here keeps its own id in the metadata). */
export function photoOfImage(image: Image): GalleryPhoto {
  const meta = (image.metadata ?? {}) as Partial<ProducerPhotoMetadata>
  return {
    id: typeof meta.photo_id === "string" ? meta.photo_id : image.id,
    url: image.url,
    widths: photoWidthsOf(meta),
    file_ids: Array.isArray(meta.file_ids) ? meta.file_ids.filter((f) => typeof f === "string") : [],
    image_id: image.id,
  }
}

/** The product's images in their order, as gallery photos. */
export const galleryOf = (images: Image[] | null | undefined) =>
  [...(images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map(photoOfImage)

/** The input of Medusa's product update for one photo: an image kept by its id, or a new one. */
export function imageOfPhoto(photo: GalleryPhoto): { id?: string; url: string; metadata?: ProducerPhotoMetadata } {
  const metadata = photo.file_ids.length
    ? { photo_id: photo.id, widths: photo.widths, file_ids: photo.file_ids }
    : undefined
  return { ...(photo.image_id ? { id: photo.image_id } : {}), url: photo.url, ...(metadata ? { metadata } : {}) }
}

/** What the producer and officials see of a photo. */
export const photoView = ({ id, url, widths }: GalleryPhoto): ProducerPhotoView => ({ id, url, widths })

/** The files held by `before` that none of `after` holds. */
export function droppedFiles(before: GalleryPhoto[][], after: GalleryPhoto[][]): string[] {
  const kept = new Set(after.flat().flatMap((p) => p.file_ids))
  return [...new Set(before.flat().flatMap((p) => p.file_ids))].filter((f) => !kept.has(f))
}

/**
 * The gallery after an edit. In review mode (`hold`) the change applies to the gallery already
 * waiting (or to the live one, when none waits) and waits in turn; otherwise to the live gallery.
 * A photo named that is not in the gallery is a 404; more than the limit is a 400. An image id the
 * product no longer has (an official removed it meanwhile) makes a new image rather than fail.
 */
export function planGallery(
  current: { live: GalleryPhoto[]; held: GalleryPhoto[] | null },
  edit: GalleryEdit,
  hold: boolean,
): GalleryPlan {
  const base = hold ? (current.held ?? current.live) : current.live
  let next: GalleryPhoto[]
  if ("add" in edit) next = [...base, ...edit.add]
  else if ("arrange" in edit)
    next = edit.arrange.map((id) => {
      const photo = base.find((p) => p.id === id)
      if (!photo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No such photo of this product: ${id}`)
      return photo
    })
  else next = edit.accept
  if (next.length > PRODUCER_PHOTO_LIMITS.perProduct)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `a product has at most ${PRODUCER_PHOTO_LIMITS.perProduct} photos (this would make ${next.length})`,
    )
  const images = new Set(current.live.map((p) => p.image_id))
  next = next.map((p) => (p.image_id && !images.has(p.image_id) ? { ...p, image_id: undefined } : p))
  const held = current.held ?? []
  if (hold) return { live: null, held: next, drop_files: droppedFiles([current.live, held], [current.live, next]) }
  // An accepted gallery leaves nothing waiting; a live edit leaves what waits as it is.
  const after = "accept" in edit ? [next] : [next, held]
  return { live: next, held: null, drop_files: droppedFiles([current.live, held], after) }
}
