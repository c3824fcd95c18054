import { z } from "@medusajs/framework/zod"
import {
  PRODUCER_DESCRIPTION_MAX,
  PRODUCER_DIMENSION_MAX_MM,
  PRODUCER_PHOTO_LIMITS,
  PRODUCER_PRICE_MAX,
  PRODUCER_SUBTITLE_MAX,
  PRODUCER_WEIGHT_MAX_G,
} from "@ocop/core"

/** A whole, positive number of `unit`, at most `max`: messages name the field and the unit. */
export const whole = (name: string, unit: string, max: number) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number of ${unit}`)
    .positive(`${name} must be above zero`)
    .max(max, `${name} cannot be above ${max} ${unit}`)

/** Trimmed text of at most `max` characters (at least `min`). */
export const text = (name: string, max: number, min = 0) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .min(min, `${name} is empty`)
    .max(max, `${name} cannot be longer than ${max} characters`)

/**
 * POST /store/producer/products/:id: the texts a shopper reads and each variant's VND price and
 * shelf data. Nothing else: listing (status), titles and certificate facts are not the producer's
 * to set, so any other field is refused.
 */
export const StoreEditProducerProduct = z
  .object({
    description: text("description", PRODUCER_DESCRIPTION_MAX, 1).optional(),
    description_en: text("description_en", PRODUCER_DESCRIPTION_MAX, 1).optional(),
    subtitle: text("subtitle", PRODUCER_SUBTITLE_MAX).optional(),
    subtitle_en: text("subtitle_en", PRODUCER_SUBTITLE_MAX).optional(),
    variants: z
      .array(
        z
          .object({
            id: z.string().trim().min(1, "variant id is empty").max(100, "variant id is too long"),
            price: whole("price", "VND", PRODUCER_PRICE_MAX).optional(),
            weight: whole("weight", "grams", PRODUCER_WEIGHT_MAX_G).optional(),
            length: whole("length", "millimetres", PRODUCER_DIMENSION_MAX_MM).optional(),
            width: whole("width", "millimetres", PRODUCER_DIMENSION_MAX_MM).optional(),
            height: whole("height", "millimetres", PRODUCER_DIMENSION_MAX_MM).optional(),
          })
          .strict(),
        { error: "variants must be a list" },
      )
      .max(100, "at most 100 variants at once")
      .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, { message: "a variant is named twice" })
      .optional(),
  })
  .strict()
export type StoreEditProducerProductType = z.infer<typeof StoreEditProducerProduct>

/**
 * POST /store/producer/products/:id/gallery: the ids of the photos kept, in their new order. An empty
 * list removes every photo.
 */
export const StoreArrangeGallery = z
  .object({
    photos: z
      .array(z.string({ error: "a photo id must be text" }).trim().min(1, "a photo id is empty").max(100), {
        error: "photos must be a list of photo ids",
      })
      .max(PRODUCER_PHOTO_LIMITS.perProduct, `a product has at most ${PRODUCER_PHOTO_LIMITS.perProduct} photos`)
      .refine((ids) => new Set(ids).size === ids.length, { message: "a photo is named twice" }),
  })
  .strict()
export type StoreArrangeGalleryType = z.infer<typeof StoreArrangeGallery>
