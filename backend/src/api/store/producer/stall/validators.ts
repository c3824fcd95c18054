import { z } from "@medusajs/framework/zod"
import { PRODUCER_STORY_MAX } from "@ocop/core"
import { text } from "../products/validators"

/** POST /store/producer/stall: the producer's story in vi and en; an empty text clears it. */
export const StoreSaveStall = z
  .object({
    story_vi: text("story_vi", PRODUCER_STORY_MAX).optional(),
    story_en: text("story_en", PRODUCER_STORY_MAX).optional(),
  })
  .strict()
export type StoreSaveStallType = z.infer<typeof StoreSaveStall>
