import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { createOrUpdate } from "../../../utils/create-or-update"

export type AdminUnitInput = {
  code: string
  name: string
  level: "province" | "district" | "commune"
  parent_code: string | null
  valid_from: string | null
  valid_to: string | null
}
export type SuccessionInput = {
  from_code: string
  to_code: string
  effective_date: string
  type: "merge" | "split" | "rename" | "partial"
}

/** Creates or updates administrative units (by code) and their successions (by from → to). */
export const upsertAdminUnitsStepId = "upsert-admin-units"
export const upsertAdminUnitsStep = createStep(
  upsertAdminUnitsStepId,
  async (input: { units: AdminUnitInput[]; successions: SuccessionInput[] }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const units = await ocop.listAdminUnits({ code: input.units.map((u) => u.code) }, { take: null })
    const unitId = new Map(units.map((u) => [u.code, u.id]))
    const savedUnits = await createOrUpdate(
      input.units.map((u) => ({ ...u, id: unitId.get(u.code) })),
      (rows) => ocop.createAdminUnits(rows),
      (rows) => ocop.updateAdminUnits(rows),
    )
    const successions = await ocop.listAdminUnitSuccessions({}, { take: null })
    const key = (s: { from_code: string; to_code: string }) => `${s.from_code}→${s.to_code}`
    const succId = new Map(successions.map((s) => [key(s), s.id]))
    const savedSucc = await createOrUpdate(
      input.successions.map((s) => ({ ...s, id: succId.get(key(s)) })),
      (rows) => ocop.createAdminUnitSuccessions(rows),
      (rows) => ocop.updateAdminUnitSuccessions(rows),
    )
    return new StepResponse(
      { units: savedUnits.length, successions: savedSucc.length },
      {
        units: savedUnits.filter((u) => !unitId.has(u.code)).map((u) => u.id),
        successions: savedSucc.filter((s) => !succId.has(key(s))).map((s) => s.id),
      },
    )
  },
  async (created, { container }) => {
    if (!created) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (created.successions.length) await ocop.deleteAdminUnitSuccessions(created.successions)
    if (created.units.length) await ocop.deleteAdminUnits(created.units)
  },
)
