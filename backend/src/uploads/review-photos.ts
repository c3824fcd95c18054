import { generateEntityId } from "@medusajs/framework/utils"
import { REVIEW_LIMITS } from "@ocop/core"
import type { PhotoToStore } from "../workflows/producer/add-photos"
import { imageForm } from "./images"
import { responsiveWebp } from "./product-photos"

/**
 * Reads a review sent as a form (`multipart/form-data`): its fields into `req.body` for the route's
 * validation, up to three photos in `photos` into memory, each part with its own limit; a body
 * declaring more than the upload's limit is refused before a byte is read (413). A JSON review (no
 * photos) passes on to Medusa's JSON parser.
 */
export const readReviewForm = imageForm(
  {
    field: "photos",
    files: REVIEW_LIMITS.photos,
    fileBytes: REVIEW_LIMITS.photoBytes,
    fields: 4,
    // Room for the text in UTF-8 (Vietnamese letters take up to 3 bytes), not more.
    fieldBytes: 4 * REVIEW_LIMITS.text.max,
    bodyBytes: REVIEW_LIMITS.uploadBytes,
  },
  `a review with up to ${REVIEW_LIMITS.photos} photos in "photos"`,
)

/**
 * The photos as the shop keeps them, exactly as producers' are (`responsiveWebp`): decoded (a file
 * that is not an image is a 400 before anything is stored), upright, without metadata, as WebP widths.
 * One at a time: each decoded photo holds up to 50 megapixels in memory.
 */
export async function reviewPhotos(files: Buffer[]): Promise<PhotoToStore[]> {
  const photos: PhotoToStore[] = []
  for (const [i, file] of files.entries()) {
    const widths = await responsiveWebp(file, files.length > 1 ? `photo ${i + 1}` : "photo")
    photos.push({
      id: generateEntityId(undefined, "rph"),
      widths: widths.map((w) => ({ width: w.width, height: w.height, content: w.bytes.toString("base64") })),
    })
  }
  return photos
}
