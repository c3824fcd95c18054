import { randomInt } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

/** Digits and capitals without 0/O, 1/I/L: a serial read aloud or retyped is not mistaken. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
const SERIAL_LENGTH = 8
export const MAX_SERIALS_PER_CALL = 10_000

const randomSerial = () => Array.from({ length: SERIAL_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")

export type IssueSerialsInput = { lot_id: string; count: number }

/**
 * Issues `count` new random serials in a lot (31^8 ≈ 8.5 × 10^11 values; a clash with an
 * existing serial is drawn again). Undone by deleting exactly the serials it issued.
 */
export const issueSerialsStep = createStep(
  "issue-trace-serials",
  async ({ lot_id, count }: IssueSerialsInput, { container }) => {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SERIALS_PER_CALL) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `count must be a whole number from 1 to ${MAX_SERIALS_PER_CALL}`,
      )
    }
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const taken = new Set(
      (await service.listSerials({ lot_id }, { select: ["serial"], take: null })).map((s) => s.serial),
    )
    const fresh: string[] = []
    while (fresh.length < count) {
      const serial = randomSerial()
      if (!taken.has(serial)) {
        taken.add(serial)
        fresh.push(serial)
      }
    }
    const created = await service.createSerials(fresh.map((serial) => ({ serial, lot_id })))
    return new StepResponse(
      created.map((s) => ({ id: s.id, serial: s.serial })),
      created.map((s) => s.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteSerials(ids)
  },
)
