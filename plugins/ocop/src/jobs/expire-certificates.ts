import type { MedusaContainer } from "@medusajs/framework/types"
import { expireCertificatesWorkflow } from "../workflows/expiry/expire-certificates"

/** Daily at 00:05 in Vietnam (17:05 UTC): expire and send renewal notices. */
export default async function expireCertificatesJob(container: MedusaContainer) {
  await expireCertificatesWorkflow(container).run({
    input: { office_email: process.env.OCOP_OFFICE_EMAIL || "van-phong-ocop@localhost" },
  })
}

export const config = { name: "ocop-expire-certificates", schedule: "5 17 * * *" }
