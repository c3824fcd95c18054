import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerOf } from "../../producer/steps/producer-of"

export type PartToShip = {
  id: string
  order_id: string
  location_id: string | null
  fulfillment_id: string | null
  items: { id: string; quantity: number }[]
}

export const readPartStepId = "read-producer-order"
/** A producer's part with the order lines still to ship (not cancelled), for Medusa's fulfilment workflows. */
export const readPartStep = createStep(readPartStepId, async (input: { id: string }, { container }) => {
  const part = await producerOf(container).retrieveProducerOrder(input.id, { relations: ["lines"] })
  const items = (part.lines ?? []).filter((l) => !l.canceled_at).map((l) => ({ id: l.item_id, quantity: l.quantity }))
  if (!items.length) throw new MedusaError(MedusaError.Types.CONFLICT, "Every line of this order is cancelled")
  return new StepResponse<PartToShip>({
    id: part.id,
    order_id: part.order_id,
    location_id: part.location_id,
    fulfillment_id: part.fulfillment_id,
    items,
  })
})

export const recordFulfillmentStepId = "record-producer-fulfillment"
/** Keeps the Medusa fulfilment the part shipped as. */
export const recordFulfillmentStep = createStep(
  recordFulfillmentStepId,
  async (input: { id: string; fulfillment_id: string }, { container }) => {
    await producerOf(container).updateProducerOrders({ id: input.id, fulfillment_id: input.fulfillment_id })
    return new StepResponse(input)
  },
)
