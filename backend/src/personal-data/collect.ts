import type { MedusaContainer } from "@medusajs/framework/types"
import type { DataSubject } from "./source"
import { personalDataSources } from "./sources"

/** The export file's format name: a reader can tell which shape it holds. */
export const EXPORT_FORMAT = "ocop-personal-data/1"

/** Everything every source holds about one customer record, keyed by source. */
export async function collectPersonalData(container: MedusaContainer, subject: DataSubject) {
  const parts: Record<string, unknown> = {}
  for (const source of personalDataSources) parts[source.key] = await source.collect(container, subject)
  return { customer_id: subject.customerId, ...parts }
}
