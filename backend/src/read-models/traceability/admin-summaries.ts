import type { MedusaContainer } from "@medusajs/framework/types"
import { TRACEABILITY_MODULE } from "../../modules/traceability/name"
import type TraceabilityModuleService from "../../modules/traceability/service"

const NONE = { serials: 0, scanned: 0, scans: 0, flagged: 0 }

/** Lots with their serial and scan figures, read in one grouped query. */
export async function lotSummaries<L extends { id: string }>(container: MedusaContainer, lots: L[]) {
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const figures = await service.lotFigures(lots.map((l) => l.id))
  return lots.map((lot) => ({ ...lot, figures: figures.get(lot.id) ?? NONE }))
}
