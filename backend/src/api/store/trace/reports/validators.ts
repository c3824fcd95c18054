import { z } from "@medusajs/framework/zod"
import { normalizeReportContact, REPORT_LIMITS, REPORT_REASONS } from "@ocop/core"

/** A form's text: trimmed, at most `max` characters, no NUL; an empty field is no answer. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !value.includes("\u0000"), "must not hold a NUL character")
    .optional()
    .transform((value) => value || null)

/**
 * A report of a suspected counterfeit, as JSON or as a form's fields (all text, so both read alike;
 * the optional photo is a file part of the form, read by `readReportForm`).
 */
export const StoreReportCounterfeit = z
  .object({
    /** The scanned code, as the scan page asks the resolver about it. */
    code: z
      .string()
      .min(2)
      .max(200)
      .regex(/^\/(01|p)\//, "code must be a resolver path such as /01/{GTIN}/10/{lot}"),
    /** The serial's signature from the code (`?s=`), when it had one. */
    s: z
      .string()
      .max(64)
      .regex(/^[\w-]*$/, "s must be the code's signature (letters, digits, - and _)")
      .optional(),
    reason: z.enum(REPORT_REASONS),
    details: optionalText(REPORT_LIMITS.details),
    place: optionalText(REPORT_LIMITS.place),
    contact: optionalText(REPORT_LIMITS.contact).transform((value, ctx) => {
      if (!value) return null
      const read = normalizeReportContact(value)
      if (read.ok) return read.contact
      ctx.addIssue({ code: "custom", message: `contact ${read.reason}` })
      return z.NEVER
    }),
    locale: z.enum(["vi", "en"]).default("vi"),
  })
  .strict()
  .refine((r) => r.reason !== "other" || r.details, {
    message: "details: say what you saw when the reason is other",
    path: ["details"],
  })
export type StoreReportCounterfeitType = z.infer<typeof StoreReportCounterfeit>
