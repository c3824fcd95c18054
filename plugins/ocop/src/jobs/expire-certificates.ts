import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificatesWorkflow } from "../workflows/expiry/expire-certificates"

/**
 * Daily at 00:05 in Vietnam (17:05 UTC) unless OCOP_EXPIRY_CRON says otherwise: expire and send
 * renewal notices. Scheduled jobs run in the worker only; the log line lets an operator see each run.
 */
export default async function expireCertificatesJob(container: MedusaContainer) {
  const { result } = await expireCertificatesWorkflow(container).run({
    input: { office_email: process.env.OCOP_OFFICE_EMAIL || "van-phong-ocop@localhost" },
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(
      `OCOP certificate expiry: ${result.expired.length} expired, ${result.notified.length} renewal notices due` +
        (result.relisted.length ? `, ${result.relisted.length} products a killed pass left on sale delisted` : ""),
    )
}

export const config = { name: "ocop-expire-certificates", schedule: process.env.OCOP_EXPIRY_CRON || "5 17 * * *" }
