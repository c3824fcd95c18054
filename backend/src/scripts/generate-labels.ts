import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderLabelPngs, renderLabelSheetPdf } from "@ocop/labels"
import fs from "node:fs"
import path from "node:path"
import { traceConfig } from "../resolver/config"
import { lotLabels } from "../read-models/traceability/lot-labels"
import { issueSerialsWorkflow } from "../workflows/traceability/issue-serials"

/**
 * `npx medusa exec ./src/scripts/generate-labels.ts <product handle> <lot code> [issue=N] [out=DIR]`
 * (`npm run labels -- <handle> <lot> [--issue N] [--out DIR]` at the root): writes one PNG per serial
 * of the lot and an A4 PDF sheet of them all into DIR (default ./labels/<lot code>). `issue=N` first
 * issues N new serials.
 */
export default async function generateLabels({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const positional = args.filter((a) => !a.includes("="))
  const option = (name: string) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
  const [handle, code] = positional
  if (!handle || !code) throw new Error("usage: generate-labels.ts <product handle> <lot code> [issue=N] [out=DIR]")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
  if (!products[0]) throw new Error(`no product with handle ${handle}`)
  const { data: lots } = await query.graph({
    entity: "lot",
    fields: ["id"],
    filters: { product_id: products[0].id, code },
  })
  if (!lots[0]) throw new Error(`${handle} has no lot ${code}`)
  const issue = option("issue")
  if (issue !== undefined) {
    const count = Number(issue)
    if (!Number.isInteger(count) || count < 1)
      throw new Error(`issue=${issue}: give a whole number of serials to issue`)
    await issueSerialsWorkflow(container).run({ input: { lot_id: lots[0].id, count } })
  }
  const { lot, units } = await lotLabels(container, lots[0].id, traceConfig())
  const out = path.resolve(option("out") ?? path.join("labels", code.replace(/[^A-Za-z0-9._-]/g, "_")))
  fs.mkdirSync(out, { recursive: true })
  const started = Date.now()
  const pngs = await renderLabelPngs(lot, units)
  pngs.forEach((png, i) => fs.writeFileSync(path.join(out, `${units[i].serial}.png`), png))
  fs.writeFileSync(path.join(out, "labels.pdf"), await renderLabelSheetPdf(lot, units))
  logger.info(`labels: ${units.length} PNG files and labels.pdf in ${out} (${Date.now() - started} ms)`)
}
