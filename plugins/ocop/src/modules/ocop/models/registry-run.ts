import { model } from "@medusajs/framework/utils"

/** One registry sync (feed or CSV): when, what changed, and each rejected row with its reason. */
export const RegistryRun = model.define(
  { name: "registry_run", tableName: "ocop_registry_run" },
  {
    id: model.id({ prefix: "orun" }).primaryKey(),
    source: model.enum(["feed", "csv", "seed"]),
    dry_run: model.boolean().default(false),
    status: model.enum(["running", "succeeded", "failed"]).default("running"),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    counts: model.json().nullable(),
    errors: model.json().nullable(),
    /** Validators of the feed's first page, sent back as If-None-Match / If-Modified-Since next time. */
    etag: model.text().nullable(),
    last_modified: model.text().nullable(),
  },
)
