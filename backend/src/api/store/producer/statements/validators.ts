import { z } from "@medusajs/framework/zod"

/** GET …/pdf: the language the PDF is written in. */
export const StoreStatementPdf = z
  .object({ lang: z.enum(["vi", "en"], { error: "lang must be vi or en" }).default("vi") })
  .strict()
