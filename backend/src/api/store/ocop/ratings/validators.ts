import { z } from "@medusajs/framework/zod"

/** The most products one call asks about: a catalogue page holds 24, a producer's shelf fewer. */
export const RATINGS_MAX_PRODUCTS = 100

/** `ids`: the products of a list, comma separated (a plain string: no arrays or operators in queries). */
export const StoreProductRatings = z
  .object({
    ids: z
      .string()
      .max(RATINGS_MAX_PRODUCTS * 40, "too many product ids")
      .transform((s) => [...new Set(s.split(",").filter(Boolean))])
      .refine((ids) => ids.length >= 1 && ids.length <= RATINGS_MAX_PRODUCTS, {
        message: `from 1 to ${RATINGS_MAX_PRODUCTS} product ids`,
      })
      .refine((ids) => ids.every((id) => /^prod_[0-9A-Za-z]{1,40}$/.test(id)), { message: "not a product id" }),
  })
  .strict()
export type StoreProductRatings = z.infer<typeof StoreProductRatings>
