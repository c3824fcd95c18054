import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

/** Digits and capitals without 0/O, 1/I/L: a serial read aloud or retyped is not mistaken. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
const SERIAL_LENGTH = 8
export const MAX_SERIALS_PER_CALL = 10_000
/** Bytes at or above this would make some characters likelier than others; they are drawn again. */
const UNBIASED = 256 - (256 % ALPHABET.length)

/** `count` random serials not in `taken` (31^8 ≈ 8.5 × 10^11 values); adds them to `taken`. */
function drawSerials(taken: Set<string>, count: number): string[] {
  const fresh: string[] = []
  let serial = ""
  while (fresh.length < count) {
    for (const byte of randomBytes(SERIAL_LENGTH * 2 * (count - fresh.length))) {
      if (byte >= UNBIASED) continue
      serial += ALPHABET[byte % ALPHABET.length]
      if (serial.length < SERIAL_LENGTH) continue
      if (!taken.has(serial)) {
        taken.add(serial)
        fresh.push(serial)
        if (fresh.length === count) break
      }
      serial = ""
    }
  }
  return fresh
}

export type IssueSerialsInput = { lot_id: string; count: number }
export type IssuedSerial = { id: string; lot_id: string; serial: string }

/**
 * Issues new random serials in one or many lots (a clash with an existing serial of the lot is
 * drawn again), written in one statement. Undone by deleting exactly the serials it issued.
 */
export const issueSerialsStep = createStep(
  "issue-trace-serials",
  async (requests: IssueSerialsInput[], { container }) => {
    for (const { count } of requests)
      if (!Number.isInteger(count) || count < 1 || count > MAX_SERIALS_PER_CALL) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `count must be a whole number from 1 to ${MAX_SERIALS_PER_CALL}`,
        )
      }
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const existing = await service.listSerials(
      { lot_id: requests.map((r) => r.lot_id) },
      { select: ["lot_id", "serial"], take: null },
    )
    const taken = new Map<string, Set<string>>(requests.map((r) => [r.lot_id, new Set()]))
    for (const s of existing) taken.get(s.lot_id)!.add(s.serial)
    const rows = requests.flatMap(({ lot_id, count }) =>
      drawSerials(taken.get(lot_id)!, count).map((serial) => ({ lot_id, serial })),
    )
    const created = await service.insertSerials(rows)
    return new StepResponse(
      created,
      created.map((s) => s.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteSerials(ids)
  },
)
