import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_PHOTO_LIMITS, type ProducerGalleryResponse } from "@ocop/core"
import { formFiles } from "../../../../../../uploads/images"
import { responsiveWebp } from "../../../../../../uploads/product-photos"
import { addProducerPhotosWorkflow, type PhotoToStore } from "../../../../../../workflows/producer/add-photos"
import { galleryAfter, ownedProduct } from "../../owned-product"

const { perUpload, perProduct } = PRODUCER_PHOTO_LIMITS

/**
 * POST /store/producer/products/:id/photos — a member adds up to three photos (multipart, `photos`)
 * after the gallery's others. Each is decoded (a file that is not an image is a 400), turned upright
 * and kept as WebP at a few widths without metadata; all are checked before any is stored. Live at
 * once, or waiting for an official where the product's group is in review mode.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { membership, row, review, actor, gallery } = await ownedProduct(req, res)
  const files = formFiles(req)
  if (!files.length)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `no photo: send up to ${perUpload} images as multipart/form-data in "photos"`,
    )
  if (gallery.length + files.length > perProduct)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `a product has at most ${perProduct} photos; it has ${gallery.length}, so at most ${perProduct - gallery.length} more`,
    )
  const photos: PhotoToStore[] = []
  // One at a time: each decoded photo holds up to 50 megapixels in memory.
  for (const [i, file] of files.entries()) {
    const widths = await responsiveWebp(file, files.length > 1 ? `photo ${i + 1}` : "photo")
    photos.push({
      id: generateEntityId(undefined, "pph"),
      widths: widths.map((w) => ({ width: w.width, height: w.height, content: w.bytes.toString("base64") })),
    })
  }
  await addProducerPhotosWorkflow(req.scope).run({
    input: { producer_id: membership.producer_id, product_id: row.id, handle: row.handle, actor, hold: review, photos },
  })
  res.status(201).json({
    photos: await galleryAfter(req, membership, review),
    waiting: review,
  } satisfies ProducerGalleryResponse)
}
