import type { MedusaRequest } from "@medusajs/framework/http"
import { RETURN_NOTE_MAX, RETURN_PHOTO_BYTES, RETURN_PHOTO_EDGE, RETURN_PHOTOS_MAX } from "@ocop/core"
import { formFiles, fromImage, imageForm } from "./images"

/**
 * Reads a return request sent as a form (`multipart/form-data`): its fields into `req.body`, up to
 * three `photos` into memory, each part with its own limit, as producers' photos are read. A JSON
 * request (no photos) passes on untouched.
 */
export const readReturnForm = imageForm(
  {
    field: "photos",
    files: RETURN_PHOTOS_MAX,
    fileBytes: RETURN_PHOTO_BYTES,
    fields: 40,
    fieldBytes: 4 * RETURN_NOTE_MAX,
    bodyBytes: RETURN_PHOTOS_MAX * RETURN_PHOTO_BYTES + 256 * 1024,
  },
  `a return request with at most ${RETURN_PHOTOS_MAX} photos in "photos"`,
)

/**
 * The photos as they are kept, in base64: each decoded whatever it claims to be (only a real image
 * passes), upright, at most `RETURN_PHOTO_EDGE` pixels on its longest side, re-encoded as WebP with
 * no metadata (no place or time from the phone).
 */
export async function returnPhotos(req: MedusaRequest): Promise<string[]> {
  return Promise.all(
    formFiles(req).map(async (bytes, i) => {
      const webp = await fromImage(bytes, `photos[${i}]`, (image) =>
        image
          .resize({ width: RETURN_PHOTO_EDGE, height: RETURN_PHOTO_EDGE, fit: "inside", withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer(),
      )
      return webp.toString("base64")
    }),
  )
}
