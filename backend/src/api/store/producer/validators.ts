import { z } from "@medusajs/framework/zod"

/** An e-mail address as accounts hold it: trimmed, lower-cased, at most 254 characters. */
export const emailAddress = z.string().trim().toLowerCase().max(254).email("email is not an e-mail address")

export const StoreInviteStaff = z
  .object({
    email: emailAddress,
    /** The language of the e-mail and of the page its link opens; the invitee's, as the owner knows it. */
    locale: z.enum(["vi", "en"]).default("vi"),
  })
  .strict()
export type StoreInviteStaffType = z.infer<typeof StoreInviteStaff>

/** An invitation's link, shown before it is accepted. */
export const StorePreviewInvite = z.object({ token: z.string().trim().min(1).max(200) }).strict()
export type StorePreviewInviteType = z.infer<typeof StorePreviewInvite>

export const StoreAcceptInvite = z
  .object({
    token: z.string().trim().min(1).max(200),
    // A member acts for the producer under the marketplace's operating rules: recorded as its consent.
    accept_operating_rules: z.literal(true, {
      error: "accept_operating_rules must be true: a member acts under the marketplace's operating rules",
    }),
  })
  .strict()
export type StoreAcceptInviteType = z.infer<typeof StoreAcceptInvite>
