import { z } from "@medusajs/framework/zod"

/** The CSV file's text (the admin UI reads the file; the CLI reads it from disk). */
export const AdminImportCsv = z
  .object({
    csv: z
      .string()
      .min(1, "csv is empty")
      .max(20 * 1024 * 1024, "csv is larger than 20 MB"),
    dry_run: z.boolean().default(false),
  })
  .strict()
export type AdminImportCsvType = z.infer<typeof AdminImportCsv>

export const AdminSyncRegistry = z.object({ dry_run: z.boolean().default(false) }).strict()
export type AdminSyncRegistryType = z.infer<typeof AdminSyncRegistry>

export const AdminListRuns = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListRunsType = z.infer<typeof AdminListRuns>
