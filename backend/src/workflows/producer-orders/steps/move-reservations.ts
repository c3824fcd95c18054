import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReservationMove } from "./plan-routing"

export const moveReservationsStepId = "move-reservations-to-producers"
/**
 * Moves reservations to the location a part ships from, through Medusa's inventory module (which
 * moves the reserved quantity between the two levels); undone by moving them back.
 */
export const moveReservationsStep = createStep(
  moveReservationsStepId,
  async (moves: ReservationMove[], { container }) => {
    if (!moves.length) return new StepResponse([], [])
    await container
      .resolve(Modules.INVENTORY)
      .updateReservationItems(moves.map((m) => ({ id: m.id, location_id: m.to })))
    return new StepResponse(moves, moves)
  },
  async (moves, { container }) => {
    if (!moves?.length) return
    await container
      .resolve(Modules.INVENTORY)
      .updateReservationItems(moves.map((m) => ({ id: m.id, location_id: m.from })))
  },
)
