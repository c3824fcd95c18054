import { PRODUCER_PHOTO_LIMITS } from "@ocop/core"
import sharp from "sharp"
import { fromImage, imageForm } from "./images"

/**
 * Reads a producer's photo upload (`multipart/form-data`, up to three files in `photos`) into
 * memory: a body declaring more than the upload's limit is refused before a byte is read, and each
 * photo past its own limit as soon as it is crossed (413).
 */
export const readProductPhotos = imageForm(
  {
    field: "photos",
    files: PRODUCER_PHOTO_LIMITS.perUpload,
    fileBytes: PRODUCER_PHOTO_LIMITS.bytes,
    fields: 2,
    fieldBytes: 200,
    bodyBytes: PRODUCER_PHOTO_LIMITS.uploadBytes,
  },
  `up to ${PRODUCER_PHOTO_LIMITS.perUpload} photos in "photos"`,
)

/** One stored width of a photo: WebP bytes without metadata. */
export type WebpWidth = { width: number; height: number; bytes: Buffer }

/**
 * A photo as the shop keeps it: decoded (only a real image passes), upright, and re-encoded as WebP
 * at each of `PRODUCER_PHOTO_LIMITS.widths` it is wide enough for (at least one: a small photo is
 * kept at its own width, never enlarged), with no metadata. A very tall photo is held to twice its
 * width in height. Decoded once: the widths are made from one upright copy.
 */
export async function responsiveWebp(photo: Buffer, what: string): Promise<WebpWidth[]> {
  const widths = PRODUCER_PHOTO_LIMITS.widths
  const largest = widths[widths.length - 1]
  const master = await fromImage(photo, what, (image) =>
    image
      .resize({ width: largest, height: 2 * largest, fit: "inside", withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  )
  const targets = [...new Set([...widths.filter((w) => w < master.info.width), Math.min(master.info.width, largest)])]
  return Promise.all(
    targets.map(async (width) => {
      const { data, info } = await sharp(master.data, { raw: master.info })
        .resize({ width, height: 2 * width, fit: "inside", withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, bytes: data }
    }),
  )
}
