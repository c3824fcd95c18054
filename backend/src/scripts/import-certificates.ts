import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvToRows, OcopWorkflows, runWorkflow } from "@ocop/plugin"
import fs from "node:fs"
import { propagateProductChanges } from "../propagation/propagate-product-changes"

/**
 * Imports a registry CSV export from the command line, through the same
 * workflow as the admin upload and the feed:
 *   npx medusa exec ./src/scripts/import-certificates.ts <file.csv> [--dry-run]
 */
export default async function importCertificatesCli({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const file = args.find((a) => !a.startsWith("--"))
  if (!file) throw new Error("usage: medusa exec ./src/scripts/import-certificates.ts <file.csv> [--dry-run]")
  const { rows } = csvToRows(fs.readFileSync(file, "utf8"))
  const dryRun = args.includes("--dry-run")
  const result = await runWorkflow(container, OcopWorkflows.importCertificates, {
    rows,
    source: "csv",
    dry_run: dryRun,
    first_row: 2,
  })
  logger.info(`${dryRun ? "dry run" : "import"} of ${rows.length} rows: ${JSON.stringify(result.counts)}`)
  for (const e of result.errors) logger.warn(`row ${e.row}, ${e.field}: ${e.reason}`)
  if (!dryRun) await propagateProductChanges(container, [...new Set(result.changes.map((c) => c.product_id))])
}
