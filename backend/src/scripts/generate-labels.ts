import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderLabelPngs, renderLabelSheetPdf } from "@ocop/labels"
import fs from "node:fs"
import path from "node:path"
import { traceConfig } from "../lib/trace/config"
import { lotLabels } from "../lib/trace/lot-labels"
import { issueSerialsWorkflow } from "../workflows/traceability/issue-serials"

/**
 * `npm run labels -- <product handle> <lot code> [--issue N] [--out DIR]`: writes one PNG per serial
 * of the lot and an A4 PDF sheet of them all into DIR (default ./labels/<lot code>). `--issue N`
 * first issues N new serials.
 */
export default async function generateLabels({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const positional = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`)
    return at >= 0 ? args[at + 1] : undefined
  }
  const [handle, code] = positional
  if (!handle || !code) throw new Error("usage: npm run labels -- <product handle> <lot code> [--issue N] [--out DIR]")
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
