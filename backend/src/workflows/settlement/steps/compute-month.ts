import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feeRateBps, monthBounds, netPayable } from "@ocop/core"
import type { MonthFigures } from "../../../modules/producer/service"
import { producerOf } from "../../producer/steps/producer-of"

type Container = Pick<MedusaContainer, "resolve">

/** The operator's fee rate of each product group (category handle), from the categories' metadata. */
export async function feeRates(container: Container): Promise<Record<string, number>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_category",
    fields: ["handle", "metadata"],
  })
  return Object.fromEntries(
    (data as { handle: string; metadata?: Record<string, unknown> | null }[])
      .map((c) => [c.handle, feeRateBps(c.metadata)] as const)
      .filter(([, bps]) => bps > 0),
  )
}

/** A month's statements' figures, with what is owed, for every producer with activity (or one). */
export async function monthStatements(
  container: Container,
  month: string,
  producerId?: string,
): Promise<(MonthFigures & { net: number })[]> {
  const { from, to } = monthBounds(month)
  const rows = await producerOf(container).monthFigures({
    from,
    to,
    rates: await feeRates(container),
    producer_id: producerId,
  })
  return rows.map((r) => ({ ...r, net: netPayable(r) }))
}

export const computeMonthStepId = "compute-settlement-month"
/** Computes and writes a month's statements (paid ones stay as paid). */
export const computeMonthStep = createStep(computeMonthStepId, async (input: { month: string }, { container }) => {
  const rows = await monthStatements(container, input.month)
  const written = await producerOf(container).saveStatements({ month: input.month, rows })
  return new StepResponse({ month: input.month, producers: rows.length, written })
})
