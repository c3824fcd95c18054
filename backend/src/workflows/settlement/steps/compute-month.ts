import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feeRateBps, monthBounds, netPayable } from "@ocop/core"
import type { MonthFigures } from "../../../modules/producer/service"
import { producerOf } from "../../producer/steps/producer-of"
import { returnsOf } from "../../returns/steps/returns-of"

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

const NO_FIGURES = {
  orders: 0,
  sales_cod: 0,
  sales_vietqr: 0,
  sales_stripe: 0,
  delivery_fees: 0,
  canceled_lines: 0,
  canceled_value: 0,
  refunds: 0,
  refunds_on_sales: 0,
  fee: 0,
}

/**
 * A month's statements' figures, with what is owed, for every producer with activity (or one).
 * Returns refunded in the month count in it (docs/returns.md): goods delivered and paid for, then
 * paid back, so they are refunds of sold lines and reduce what is owed — in the month the money went
 * back, whenever the goods were delivered.
 */
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
  const byProducer = new Map(rows.map((r) => [r.producer_id, r]))
  for (const { producer_id, refunds } of await returnsOf(container).refundsByProducer({
    from,
    to,
    producer_id: producerId,
  })) {
    const row = byProducer.get(producer_id) ?? { producer_id, ...NO_FIGURES }
    byProducer.set(producer_id, {
      ...row,
      refunds: row.refunds + refunds,
      refunds_on_sales: row.refunds_on_sales + refunds,
    })
  }
  return [...byProducer.values()]
    .sort((a, b) => (a.producer_id < b.producer_id ? -1 : 1))
    .map((r) => ({ ...r, net: netPayable(r) }))
}

export const computeMonthStepId = "compute-settlement-month"
/** Computes and writes a month's statements (paid ones stay as paid). */
export const computeMonthStep = createStep(computeMonthStepId, async (input: { month: string }, { container }) => {
  const rows = await monthStatements(container, input.month)
  const written = await producerOf(container).saveStatements({ month: input.month, rows })
  return new StepResponse({ month: input.month, producers: rows.length, written })
})
