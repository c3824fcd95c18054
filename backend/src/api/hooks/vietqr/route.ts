import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseSignatureHeader, verifySignedBody } from "@ocop/core/signed-body"
import { vietQrOptionsFromEnv } from "../../../modules/vietqr-payment/options"
import { receiveBankTransfer } from "../../../workflows/vietqr/receive-bank-transfer"
import { parseBankNotification } from "./validators"

/**
 * The bank's notification of an incoming transfer (docs/payments.md). Signed with
 * VIETQR_WEBHOOK_SECRET: `x-vietqr-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
 * Checked in this order so an unsigned caller learns nothing about the payload: configured (503),
 * signature (401), body (400). A processed transfer answers 200, matched or not, because banks
 * retry every other answer.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const secret = process.env.VIETQR_WEBHOOK_SECRET
  if (!secret) {
    res.status(503).json({ message: "The bank webhook is not configured: set VIETQR_WEBHOOK_SECRET on the backend." })
    return
  }
  const { timestamp, signatures } = parseSignatureHeader(req.get("x-vietqr-signature"))
  // The raw bytes as received (middlewares.ts keeps them): a re-serialised body would not verify.
  const raw: Buffer = Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0)
  const check = verifySignedBody({ secret, body: raw, timestamp, signature: signatures })
  if (!check.ok) {
    res.status(401).json({ message: `Refused: ${check.reason}.` })
    return
  }
  const parsed = parseBankNotification(req.body)
  if (!parsed.ok) {
    res.status(400).json({ message: parsed.message })
    return
  }
  const outcome = await receiveBankTransfer(req.scope, parsed.notification, vietQrOptionsFromEnv().account)
  res.status(200).json(outcome)
}
