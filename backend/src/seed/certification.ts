import type { MedusaContainer } from "@medusajs/framework/types"
import { LEGAL_FRAMEWORKS, OcopWorkflows, runWorkflow } from "@ocop/plugin"
import type { Dataset } from "./dataset-types"
import { toRegistryRow } from "./registry-rows"

/** Legal frameworks (the plugin's reference data) and the dataset's administrative units. */
export async function upsertReferenceData(container: MedusaContainer, data: Dataset) {
  await runWorkflow(container, OcopWorkflows.upsertReferenceData, {
    frameworks: LEGAL_FRAMEWORKS,
    units: data.units.map((u) => ({
      code: u.code,
      name: u.name,
      level: u.level,
      parent_code: u.parent,
      valid_from: u.valid_from,
      valid_to: u.valid_to,
    })),
    successions: data.successions.map((s) => ({
      from_code: s.from,
      to_code: s.to,
      effective_date: s.effective_date,
      type: s.type,
    })),
  })
}

/** The demo certificates go through the registry import, exactly as a feed would deliver them. */
export async function importCertificates(container: MedusaContainer, data: Dataset) {
  const producers = new Map(data.producers.map((p) => [p.key, p]))
  const result = await runWorkflow(container, OcopWorkflows.importCertificates, {
    source: "seed",
    rows: data.products.map((p) => toRegistryRow(p, producers.get(p.producer)!)),
  })
  if (result.errors.length) {
    throw new Error(`the registry import refused demo rows: ${JSON.stringify(result.errors.slice(0, 5))}`)
  }
  return result.counts
}

type ProfileService = {
  listSubjects(filter: { key: string[] }, config: { take: null }): Promise<{ id: string; key: string }[]>
  updateSubjects(data: Record<string, unknown>[]): Promise<unknown>
}

/**
 * The producers' public profile (story, former locality, tax code): content an official maintains,
 * which the registry does not publish. Written after the import created the producers; idempotent.
 */
export async function applyProducerProfiles(container: MedusaContainer, data: Dataset) {
  const ocop = container.resolve<ProfileService>("ocop")
  const subjects = await ocop.listSubjects({ key: data.producers.map((p) => p.key) }, { take: null })
  const byKey = new Map(data.producers.map((p) => [p.key, p]))
  await ocop.updateSubjects(
    subjects.map((s) => {
      const p = byKey.get(s.key)!
      return {
        id: s.id,
        story_vi: p.story_vi ?? null,
        story_en: p.story_en ?? null,
        legacy_locality: p.legacy_locality ?? null,
        tax_code: p.tax_code ?? null,
      }
    }),
  )
}
