import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_STATUSES, isIsoDate, REVOCATION_REASONS } from "@ocop/core"

const isoDate = z.string().refine(isIsoDate, { message: "must be a calendar date YYYY-MM-DD" })

/** Revoking or suspending names a reason and the decision; reinstating names the decision. */
export const AdminChangeCertificateStatus = z.discriminatedUnion("status", [
  z
    .object({
      status: z.literal("revoked"),
      reason_code: z.enum(REVOCATION_REASONS),
      decision_number: z.string().trim().min(1, "decision_number is required"),
      decision_date: isoDate,
    })
    .strict(),
  z
    .object({
      status: z.literal("suspended"),
      reason_code: z.enum(REVOCATION_REASONS),
      decision_number: z.string().trim().min(1, "decision_number is required"),
      decision_date: isoDate,
    })
    .strict(),
  z
    .object({
      status: z.literal("active"),
      decision_number: z.string().trim().min(1, "decision_number is required"),
      decision_date: isoDate,
    })
    .strict(),
])
export type AdminChangeCertificateStatusType = z.infer<typeof AdminChangeCertificateStatus>

export const AdminListCertificates = z
  .object({
    status: z.enum(CERTIFICATE_STATUSES).optional(),
    stars: z.coerce.number().int().min(1).max(5).optional(),
    commune_code: z.string().optional(),
    expiring_within_days: z.coerce.number().int().min(0).max(3650).optional(),
    q: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCertificatesType = z.infer<typeof AdminListCertificates>
