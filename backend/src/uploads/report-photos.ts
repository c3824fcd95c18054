import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REPORT_LIMITS } from "@ocop/core"
import multer from "multer"
import sharp from "sharp"

const MB = REPORT_LIMITS.photoBytes / 1024 / 1024
/** Room for the longest text field in UTF-8 (Vietnamese letters take up to 3 bytes), not more. */
const FIELD_BYTES = 4 * REPORT_LIMITS.details
/**
 * Pixels decoded at most: a 50-megapixel phone camera's picture. A small file claiming a huge image
 * (a decompression bomb) is refused before its pixels are held in memory.
 */
const MAX_PIXELS = 50_000_000

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: REPORT_LIMITS.photoBytes, files: 1, fields: 10, fieldSize: FIELD_BYTES, parts: 11 },
})

const reject = (res: MedusaResponse, status: number, message: string) =>
  res.status(status).json({ type: "invalid_data", message })

/**
 * Reads a report sent as a form (`multipart/form-data`): its fields into `req.body` for the route's
 * validation, the optional `photo` into memory, each part with its own limit, so no body larger
 * than a photo and a few short fields is ever read. A JSON report (no photo) passes on untouched;
 * Medusa's JSON parser read it under the route's own size limit.
 */
export function readReportForm(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) return next()
  upload.single("photo")(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    if (code === "LIMIT_FILE_SIZE") return reject(res, 413, `photo is larger than ${MB} MB`)
    if (code === "LIMIT_FIELD_VALUE") return reject(res, 413, `a field is longer than ${FIELD_BYTES} bytes`)
    return reject(res, 400, `the form is not a report with at most one photo in "photo" (${(error as Error).message})`)
  })
}

/** The photo a form carried, if any (an empty file input sends a part without content). */
export function reportPhoto(req: MedusaRequest): Buffer | null {
  const file = (req as unknown as { file?: { buffer: Buffer; size: number } }).file
  return file && file.size > 0 ? file.buffer : null
}

/**
 * The photo as it is kept: decoded (so only a real image passes, whatever it claims to be), turned
 * upright, at most `REPORT_LIMITS.photoEdge` pixels on its longest side, and re-encoded as WebP with
 * no metadata at all: EXIF, and with it the place and time the phone recorded, is dropped.
 */
export async function reportPhotoWebp(photo: Buffer): Promise<Buffer> {
  const edge = REPORT_LIMITS.photoEdge
  try {
    return await sharp(photo, { limitInputPixels: MAX_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer()
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "photo is not an image that can be read (JPEG, PNG, WebP, GIF or AVIF, at most 50 megapixels)",
    )
  }
}
