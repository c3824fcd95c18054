import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Field = SearchTypes.SearchFieldDefinition

export type MeiliSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  displayedAttributes: string[]
  synonyms: Record<string, string[]>
  typoTolerance: { enabled: boolean }
  pagination: { maxTotalHits: number }
}

/**
 * Meilisearch stops counting and paging at `maxTotalHits` (1,000 by default); the shop counts and
 * pages through whole catalogues (20,000 products in the benchmarks).
 */
const MAX_TOTAL_HITS = 50_000

/**
 * A Search Module index definition as Meilisearch settings. Searchable fields are listed by
 * descending weight, which is how Meilisearch ranks attributes; facets need filterable attributes;
 * only retrievable fields are displayed. Engine-specific settings (synonyms) come from the
 * definition's `settings.provider_options.meilisearch`.
 */
export function toMeiliSettings(definition: SearchTypes.ResolvedSearchIndexDefinition): MeiliSettings {
  const leaves = flatten(definition.fields)
  const weight = (f: Field) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : 1)
  const searchable = leaves.filter(([, f]) => f.searchable)
  const own = definition.settings?.provider_options?.meilisearch ?? {}
  return {
    searchableAttributes: searchable.sort(([, a], [, b]) => weight(b) - weight(a)).map(([path]) => path),
    filterableAttributes: leaves.filter(([, f]) => f.filterable || f.facetable).map(([path]) => path),
    sortableAttributes: leaves.filter(([, f]) => f.sortable).map(([path]) => path),
    displayedAttributes: leaves.filter(([, f]) => f.retrievable !== false).map(([path]) => path),
    synonyms: (own.synonyms as Record<string, string[]> | undefined) ?? {},
    typoTolerance: { enabled: definition.settings?.typo_tolerance?.enabled ?? true },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  }
}

function flatten(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]): [string, Field][] => {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object") return flatten(field.fields ?? {}, path)
    if (field.type === "vector" || field.type === "geo") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The Meilisearch provider of this shop does not support ${field.type} fields ("${path}")`,
      )
    }
    return [[path, field]]
  })
}
