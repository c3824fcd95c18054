import type { MedusaRequest } from "@medusajs/framework/http"
import { REPORT_LIMITS } from "@ocop/core"
import { formFiles, fromImage, imageForm } from "./images"

/**
 * Reads a report sent as a form (`multipart/form-data`): its fields into `req.body` for the route's
 * validation, the optional `photo` into memory, each part with its own limit, so no body larger
 * than a photo and a few short fields is ever read. A JSON report (no photo) passes on untouched;
 * Medusa's JSON parser read it under the route's own size limit.
 */
export const readReportForm = imageForm(
  {
    field: "photo",
    files: 1,
    fileBytes: REPORT_LIMITS.photoBytes,
    fields: 10,
    // Room for the longest text field in UTF-8 (Vietnamese letters take up to 3 bytes), not more.
    fieldBytes: 4 * REPORT_LIMITS.details,
  },
  'a report with at most one photo in "photo"',
)

/** The photo a form carried, if any (an empty file input sends a part without content). */
export function reportPhoto(req: MedusaRequest): Buffer | null {
  return formFiles(req)[0] ?? null
}

/**
 * The photo as it is kept: decoded, upright, at most `REPORT_LIMITS.photoEdge` pixels on its longest
 * side, and re-encoded as WebP with no metadata at all.
 */
export async function reportPhotoWebp(photo: Buffer): Promise<Buffer> {
  const edge = REPORT_LIMITS.photoEdge
  return fromImage(photo, "photo", (image) =>
    image
      .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer(),
  )
}
