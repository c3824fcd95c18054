import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { frameworkProblems, type LegalFramework } from "@ocop/core"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { forgetFrameworks } from "../../../listing/frameworks"
import { createOrUpdate } from "../../../utils/create-or-update"

/** Creates or updates legal frameworks by code, after checking each one is usable. */
export const upsertLegalFrameworksStepId = "upsert-legal-frameworks"
export const upsertLegalFrameworksStep = createStep(
  upsertLegalFrameworksStepId,
  async (frameworks: LegalFramework[], { container }) => {
    const problems = frameworks.flatMap((f) => frameworkProblems(f).map((p) => `${f.code}: ${p}`))
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const existing = await ocop.listLegalFrameworks({ code: frameworks.map((f) => f.code) }, { take: null })
    const byCode = new Map(existing.map((f) => [f.code, f]))
    const saved = await createOrUpdate(
      frameworks.map((f) => ({ ...f, id: byCode.get(f.code)?.id })),
      (rows) => ocop.createLegalFrameworks(rows),
      (rows) => ocop.updateLegalFrameworks(rows),
    )
    forgetFrameworks()
    return new StepResponse(saved, {
      created: saved.filter((f) => !byCode.has(f.code)).map((f) => f.id),
      previous: existing,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.created.length) await ocop.deleteLegalFrameworks(undo.created)
    if (undo.previous.length) await ocop.updateLegalFrameworks(undo.previous)
    forgetFrameworks()
  },
)
