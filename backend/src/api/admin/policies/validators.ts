import { z } from "@medusajs/framework/zod"
import { MOIT_STATUSES, POLICY_KINDS, POLICY_LIMITS } from "@ocop/core"

const line = (what: string, max = 300) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is too long`)

/** The operator's details, all of them at once (the footer shows them together). */
export const AdminSaveOperator = z
  .object({
    name: line("name"),
    address: line("address", 500),
    phone: line("phone", 40),
    email: z.email("email must be an e-mail address").max(200),
    registration_number: line("registration number", 60),
    moit_status: z.enum(MOIT_STATUSES, { error: `moit_status must be one of ${MOIT_STATUSES.join(", ")}` }),
    moit_number: z
      .string()
      .trim()
      .max(100)
      .nullish()
      .transform((v) => v || null),
    moit_url: z
      .url({ protocol: /^https?$/, error: "moit_url must be an http(s) address" })
      .max(500)
      .nullish()
      .or(z.literal("").transform(() => null))
      .transform((v) => v || null),
  })
  .strict()
export type AdminSaveOperatorType = z.infer<typeof AdminSaveOperator>

/** A new version of one policy: both languages, a label, the day it takes effect. */
export const AdminPublishPolicyVersion = z
  .object({
    kind: z.enum(POLICY_KINDS, { error: `kind must be one of ${POLICY_KINDS.join(", ")}` }),
    version: line("version", POLICY_LIMITS.version).regex(
      /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u,
      "version may hold letters, digits, dots, dashes and underscores",
    ),
    title_vi: line("title_vi", POLICY_LIMITS.title),
    title_en: line("title_en", POLICY_LIMITS.title),
    body_vi: line("body_vi", POLICY_LIMITS.body),
    body_en: line("body_en", POLICY_LIMITS.body),
    effective_at: z.coerce
      .date({ error: "effective_at must be a date" })
      .refine((d) => d.getFullYear() >= 2000 && d.getFullYear() <= 2100, "effective_at is out of range"),
  })
  .strict()
export type AdminPublishPolicyVersionType = z.infer<typeof AdminPublishPolicyVersion>

/** An official looks up the consents given under one e-mail (a request for proof, a complaint). */
export const AdminListConsents = z.object({ email: z.email("email must be an e-mail address").max(200) }).strict()
export type AdminListConsentsType = z.infer<typeof AdminListConsents>
