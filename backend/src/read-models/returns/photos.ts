import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { RETURN_PHOTOS_MAX } from "@ocop/core"
import { ownReturn, type ReturnOwner } from "../../workflows/returns/steps/returns-of"

/**
 * Streams photo `index` (0, 1, 2: the order the shopper sent them in, as `photos` counts them) of a
 * return the caller may see: a producer its own, an official any. The photos are private files of
 * the File Module (re-encoded WebP, no metadata), never given a public address: the owner is part of
 * the query (another producer's return is the 404 of an unknown id), and neither the browser nor a
 * cache on the way keeps the picture.
 */
export async function sendReturnPhoto(
  container: MedusaContainer,
  id: string,
  index: string,
  owner: ReturnOwner,
  res: MedusaResponse,
) {
  if (!/^\d$/.test(index) || Number(index) >= RETURN_PHOTOS_MAX)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A photo is named by its place: 0 to ${RETURN_PHOTOS_MAX - 1}`,
    )
  const found = await ownReturn(container, id, owner)
  const fileId = ((found.photo_file_ids as { ids?: string[] } | null)?.ids ?? [])[Number(index)]
  // An erased request (the shopper's data deleted) keeps no photos: the same 404 as a missing one.
  if (!fileId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This return has no such photo")
  const stream = await container.resolve(Modules.FILE).getDownloadStream(fileId)
  res.setHeader("Content-Type", "image/webp")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  stream.pipe(res)
}
