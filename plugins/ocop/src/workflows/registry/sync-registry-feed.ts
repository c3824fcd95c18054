import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importCertificatesWorkflow } from "./import-certificates"
import { fetchRegistryFeedStep } from "./steps/fetch-registry-feed"
import { recordFailedRegistryRunStep } from "./steps/record-registry-run"
import { OcopWorkflowIds } from "../ids"

export type SyncRegistryFeedInput = { url: string; token?: string; dry_run?: boolean }

/**
 * Pulls the registry's JSON feed and applies it through the one import path.
 * A feed that cannot be read is recorded as a failed run (and changes nothing).
 */
export const syncRegistryFeedWorkflow = createWorkflow(
  OcopWorkflowIds.syncRegistryFeed,
  (input: SyncRegistryFeedInput) => {
    const startedAt = transform({ input }, () => new Date())
    const feed = fetchRegistryFeedStep({ url: input.url, token: input.token })
    const failed = when("feed-unreadable", { feed }, ({ feed }) => Boolean(feed.error)).then(() =>
      recordFailedRegistryRunStep(
        transform({ feed, input, startedAt }, ({ feed, input, startedAt }) => ({
          source: "feed" as const,
          dry_run: Boolean(input.dry_run),
          started_at: startedAt,
          error: feed.error!,
        })),
      ),
    )
    const imported = when("feed-read", { feed }, ({ feed }) => !feed.error).then(() =>
      importCertificatesWorkflow.runAsStep({
        input: transform({ feed, input }, ({ feed, input }) => ({
          rows: feed.rows,
          source: "feed" as const,
          dry_run: input.dry_run,
          etag: feed.etag,
          last_modified: feed.last_modified,
        })),
      }),
    )
    return new WorkflowResponse(
      transform({ failed, imported, feed }, ({ failed, imported, feed }) => ({
        run: (imported ?? failed)!,
        not_modified: feed.not_modified,
        error: feed.error,
      })),
    )
  },
)
