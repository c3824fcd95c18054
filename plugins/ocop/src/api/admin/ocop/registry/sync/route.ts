import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { RegistrySyncFailure, RegistrySyncResponse } from "@ocop/core"
import { syncRegistryFeedWorkflow } from "../../../../../workflows/registry/sync-registry-feed"
import type { AdminSyncRegistryType } from "../validators"

/** POST /admin/ocop/registry/sync — pull the registry feed now (or preview it with `dry_run`). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSyncRegistryType>, res: MedusaResponse) {
  const url = process.env.OCOP_REGISTRY_FEED_URL
  if (!url) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "OCOP_REGISTRY_FEED_URL is not configured")
  const { result } = await syncRegistryFeedWorkflow(req.scope).run({
    input: { url, token: process.env.OCOP_REGISTRY_TOKEN, dry_run: req.validatedBody.dry_run },
  })
  // The registry being down is not our server's fault: say so (502) and show the recorded run.
  if (result.error)
    return void res.status(502).json({ message: result.error, run: result.run } satisfies RegistrySyncFailure)
  res.json(result satisfies RegistrySyncResponse)
}
