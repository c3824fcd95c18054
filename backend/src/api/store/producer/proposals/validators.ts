import { z } from "@medusajs/framework/zod"
import {
  PRODUCER_DESCRIPTION_MAX,
  PRODUCER_PRICE_MAX,
  PRODUCER_PROPOSAL_LIMITS,
  PRODUCER_SUBTITLE_MAX,
  PRODUCER_WEIGHT_MAX_G,
} from "@ocop/core"
import { text, whole } from "../products/validators"

const { title, variants, variantTitle } = PRODUCER_PROPOSAL_LIMITS

/**
 * POST /store/producer/proposals: a new product as its producer describes it, names in vi and en,
 * and each variant (size, pack) with its VND price. Nothing about listing: a proposal is a draft
 * until a certificate lists it, so status, handle and certificate fields are refused.
 */
export const StoreProposeProduct = z
  .object({
    title: text("title", title, 1),
    title_en: text("title_en", title, 1),
    subtitle: text("subtitle", PRODUCER_SUBTITLE_MAX).optional(),
    subtitle_en: text("subtitle_en", PRODUCER_SUBTITLE_MAX).optional(),
    description: text("description", PRODUCER_DESCRIPTION_MAX, 1),
    description_en: text("description_en", PRODUCER_DESCRIPTION_MAX).optional(),
    group_code: z.string({ error: "group_code must be text" }).trim().min(1).max(20).optional(),
    variants: z
      .array(
        z
          .object({
            title: text("variant title", variantTitle, 1),
            title_en: text("variant title_en", variantTitle).optional(),
            price: whole("price", "VND", PRODUCER_PRICE_MAX),
            weight: whole("weight", "grams", PRODUCER_WEIGHT_MAX_G).optional(),
          })
          .strict(),
        { error: "variants must be a list" },
      )
      .min(1, "a product needs at least one variant with its price")
      .max(variants, `at most ${variants} variants`)
      .refine((vs) => new Set(vs.map((v) => v.title.toLowerCase())).size === vs.length, {
        message: "two variants have the same title",
      }),
  })
  .strict()
export type StoreProposeProductType = z.infer<typeof StoreProposeProduct>
