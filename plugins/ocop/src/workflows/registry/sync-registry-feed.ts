import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importCertificatesWorkflow } from "./import-certificates"
import { fetchRegistryFeedStep } from "./steps/fetch-registry-feed"

export type SyncRegistryFeedInput = { url: string; token?: string; dry_run?: boolean }

/** Pulls the registry's JSON feed and applies it through the one import path. */
export const syncRegistryFeedWorkflow = createWorkflow("sync-registry-feed", (input: SyncRegistryFeedInput) => {
  const feed = fetchRegistryFeedStep({ url: input.url, token: input.token })
  const run = importCertificatesWorkflow.runAsStep({
    input: transform({ feed, input }, ({ feed, input }) => ({
      rows: feed.rows,
      source: "feed" as const,
      dry_run: input.dry_run,
      etag: feed.etag,
      last_modified: feed.last_modified,
    })),
  })
  return new WorkflowResponse({ run, not_modified: feed.not_modified })
})
