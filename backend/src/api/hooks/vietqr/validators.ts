import { z } from "@medusajs/framework/zod"
import { isIsoDate } from "@ocop/core"
import type { BankNotification } from "../../../workflows/vietqr/steps/match-bank-transfer"

/**
 * Bank statements give local times: "2026-11-29 14:05:09" (no offset) is Vietnam time (UTC+7,
 * no daylight saving); an ISO 8601 time with "Z" or an offset is taken as written.
 */
export function bankInstant(text: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim())
  if (!m || !isIsoDate(m[1])) return null
  const at = new Date(`${m[1]}T${m[2]}${m[3] ?? "+07:00"}`)
  return Number.isNaN(at.getTime()) ? null : at
}

/** Fields banks add of their own (balance, counter account…) are not needed and are dropped. */
const Notification = z.object({
  transaction_id: z.union([z.string().trim().min(1).max(100), z.number().int().nonnegative()]),
  account_number: z.string().trim().min(1).max(40),
  amount: z.number().int().positive().max(9_999_999_999_999),
  description: z.string().max(1000),
  transaction_date: z.string().refine((s) => bankInstant(s) !== null, {
    message: "must be a date and time, e.g. 2026-11-29T14:05:09+07:00",
  }),
})

export type ParsedNotification = { ok: true; notification: BankNotification } | { ok: false; message: string }

/** The notification, or a message naming the first bad field (what the 400 answer says). */
export function parseBankNotification(body: unknown): ParsedNotification {
  const parsed = Notification.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.join(".") || "body"
    return { ok: false, message: `${field}: ${issue.message}` }
  }
  const n = parsed.data
  return {
    ok: true,
    notification: {
      transaction_id: String(n.transaction_id),
      account_number: n.account_number,
      amount: n.amount,
      description: n.description,
      transaction_date: bankInstant(n.transaction_date)!.toISOString(),
    },
  }
}
