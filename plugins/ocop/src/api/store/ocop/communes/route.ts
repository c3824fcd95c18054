import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"

/**
 * Communes and wards in force today with their province, for the second level of a delivery
 * address. Public facts only; the list holds the units the registry knows (the shop's province).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const units = await ocop.listAdminUnits(
    { valid_to: null, level: ["province", "commune"] },
    { select: ["code", "name", "level", "parent_code"], order: { name: "ASC" } },
  )
  const provinces = new Map(units.filter((u) => u.level === "province").map((u) => [u.code, u.name]))
  const communes = units
    .filter((u) => u.level === "commune" && u.parent_code && provinces.has(u.parent_code))
    .map((u) => ({ code: u.code, name: u.name, province: provinces.get(u.parent_code!)! }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ communes })
}
