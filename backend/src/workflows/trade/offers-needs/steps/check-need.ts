import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isIsoDate, vietnamDate } from "@ocop/core"
import type { NeedInput } from "../types"

export const checkNeedStepId = "check-trade-need"
/** A need has a date deadline, not past while open, and a product set or keywords to match on. */
export const checkNeedStep = createStep(checkNeedStepId, async (input: { need: NeedInput }) => {
  const { need } = input
  if (!isIsoDate(need.deadline))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "deadline must be a YYYY-MM-DD date")
  if (need.status !== "closed" && need.deadline < vietnamDate())
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "deadline is in the past")
  if (!need.group_code && !need.keywords?.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "give a product set (group_code) or keywords")
  return new StepResponse(true)
})
