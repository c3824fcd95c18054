import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import sharp from "sharp"

/**
 * Pixels decoded at most: a 50-megapixel phone camera's picture. A small file claiming a huge image
 * (a decompression bomb) is refused before its pixels are held in memory.
 */
export const MAX_PIXELS = 50_000_000
const READABLE = "JPEG, PNG, WebP, GIF or AVIF, at most 50 megapixels"

/** The limits of one multipart form that carries images. */
export type ImageFormLimits = {
  /** The file field's name, and how many files it may carry. */
  field: string
  files: number
  /** Bytes per file as sent. */
  fileBytes: number
  /** Text fields beside the files, and bytes per text field. */
  fields: number
  fieldBytes: number
  /** Refused from `Content-Length` before a byte is read; a chunked body is bounded by the parts' limits. */
  bodyBytes?: number
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const reject = (res: MedusaResponse, status: number, message: string) =>
  res.status(status).json({ type: "invalid_data", message })

/**
 * A middleware reading a multipart form into memory, each part with its own limit (multer), so no
 * body larger than its images and a few short fields is ever held: the files into `req.files`, the
 * text fields into `req.body`. A body that is not multipart passes on untouched. Oversized parts are
 * 413 with the limit in the message; anything else malformed is 400 saying what was expected.
 */
export function imageForm(limits: ImageFormLimits, expected: string) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: limits.fileBytes,
      files: limits.files,
      fields: limits.fields,
      fieldSize: limits.fieldBytes,
      parts: limits.files + limits.fields,
    },
  })
  const read = limits.files === 1 ? upload.single(limits.field) : upload.array(limits.field, limits.files)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.is("multipart/form-data")) return next()
    const declared = Number(req.headers["content-length"] ?? 0)
    if (limits.bodyBytes && declared > limits.bodyBytes)
      return reject(res, 413, `the upload is larger than ${mb(limits.bodyBytes)} MB`)
    read(req as never, res as never, (error?: unknown) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      if (code === "LIMIT_FILE_SIZE")
        return reject(res, 413, `${limits.field} is larger than ${mb(limits.fileBytes)} MB`)
      if (code === "LIMIT_FIELD_VALUE") return reject(res, 413, `a field is longer than ${limits.fieldBytes} bytes`)
      return reject(res, 400, `the form is not ${expected} (${(error as Error).message})`)
    })
  }
}

/** The files a form carried in its file field, without the empty parts an empty file input sends. */
export function formFiles(req: MedusaRequest): Buffer[] {
  const r = req as unknown as { file?: { buffer: Buffer; size: number }; files?: { buffer: Buffer; size: number }[] }
  return [...(r.files ?? []), ...(r.file ? [r.file] : [])].filter((f) => f.size > 0).map((f) => f.buffer)
}

/**
 * Runs `make` on the image decoded whatever it claims to be (so only a real image passes) and turned
 * upright. Sharp writes no metadata unless asked: EXIF, and with it the place and time a phone
 * recorded, is dropped from everything made of it. A file that cannot be decoded is a 400 naming `what`.
 */
export async function fromImage<T>(bytes: Buffer, what: string, make: (image: sharp.Sharp) => Promise<T>): Promise<T> {
  try {
    return await make(sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate())
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${what} is not an image that can be read (${READABLE})`)
  }
}
