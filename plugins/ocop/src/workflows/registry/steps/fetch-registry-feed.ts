import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { FeedError, fetchFeed } from "../../../registry/feed-client"

export type FeedRead = {
  rows: unknown[]
  etag: string | null
  last_modified: string | null
  not_modified: boolean
  /** Why the feed could not be read (unreachable, HTTP error, bad page); the run is recorded as failed. */
  error: string | null
}

/** Reads the whole feed, conditionally on the validators of the last successful feed run. */
export const fetchRegistryFeedStepId = "fetch-registry-feed"
export const fetchRegistryFeedStep = createStep(
  fetchRegistryFeedStepId,
  async (input: { url: string; token?: string }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [last] = await ocop.listRegistryRuns(
      { source: "feed", status: "succeeded", dry_run: false },
      { order: { started_at: "DESC" }, take: 1 },
    )
    try {
      const result = await fetchFeed({
        url: input.url,
        token: input.token,
        etag: last?.etag,
        last_modified: last?.last_modified,
      })
      return new StepResponse<FeedRead>({
        rows: result.changed ? result.rows : [],
        etag: result.etag,
        last_modified: result.last_modified,
        not_modified: !result.changed,
        error: null,
      })
    } catch (err) {
      if (!(err instanceof FeedError)) throw err
      return new StepResponse<FeedRead>({
        rows: [],
        etag: null,
        last_modified: null,
        not_modified: false,
        error: err.message,
      })
    }
  },
)
