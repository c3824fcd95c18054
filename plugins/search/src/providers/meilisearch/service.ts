import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { EnqueuedTask, Meilisearch } from "meilisearch"
import { describeMeiliError, meiliClient, type MeiliClientOptions } from "./client"
import { toMeiliFilter } from "./filters"
import { toMeiliSettings } from "./settings"
import { reportMirrorFailure } from "../../search-mirror/health"

/** The provider's options in `backend/src/config/search.ts`. */
export type MeilisearchOptions = MeiliClientOptions

/**
 * A Search Module provider for Meilisearch (decision 008). Writes are Meilisearch tasks the module
 * waits for. The index is created, and its settings applied, on the first write to it rather than
 * in `upsertIndex`: `upsertIndex` runs inside `db:migrate`, which must not fail (and stop the
 * shop's start) because Meilisearch is down; it only checks the definition can be served.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  private readonly client: Meilisearch
  private readonly logger?: Logger
  /** Physical indexes whose creation and settings this process has applied. */
  private readonly prepared = new Map<string, Promise<void>>()

  constructor({ logger }: { logger?: Logger }, options: MeilisearchOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch provider needs a host")
    }
    this.logger = logger
    this.client = meiliClient(options)
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    toMeiliSettings(index) // refuses what Meilisearch cannot hold, at migration time
    this.prepared.delete(index.physical_name)
    return { index: index.physical_name, status: "succeeded" as const }
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }) {
    await this.prepare(input.index, input.definition)
    const primaryKey = input.definition.primary_key
    return this.task(input.index, await this.client.index(input.index).addDocuments(input.documents, { primaryKey }))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput) {
    const documents = this.client.index(index)
    const ids = idsOnly(filters)
    if (ids) return this.task(index, await documents.deleteDocuments(ids))
    const filter = toMeiliFilter(filters)
    // Meilisearch refuses a deletion without a filter; clearing an index is `clearIndex`.
    if (!filter) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Meilisearch provider deletes by a filter")
    return this.task(index, await documents.deleteDocuments({ filter }))
  }

  async clearIndex({ index }: { index: string }) {
    return this.task(index, await this.client.index(index).deleteAllDocuments())
  }

  async deleteIndex({ index }: { index: string }) {
    this.prepared.delete(index)
    return this.task(index, await this.client.deleteIndex(index))
  }

  async waitForTask(task: SearchTypes.SearchTask): Promise<SearchTypes.SearchTask> {
    const state = await this.client.tasks.waitForTask(Number(task.id))
    // Deleting from, or clearing, an index that was never written to has nothing to do.
    if (state.status === "succeeded" || state.error?.code === "index_not_found") {
      return { ...task, status: "succeeded" }
    }
    return {
      ...task,
      status: "failed",
      error: { message: state.error?.message ?? `task ${state.status}`, code: state.error?.code },
    }
  }

  /**
   * The module reads document counts from here, also while seeding other indexes at start-up: an
   * unreachable Meilisearch lists nothing (logged) rather than failing that whole plan.
   */
  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    try {
      const { results } = await this.client.getRawIndexes({ limit: 1000 })
      return await Promise.all(
        results.map(async (r) => {
          const stats = await this.client.index(r.uid).getStats()
          return {
            name: r.uid,
            provider: MeilisearchSearchService.identifier,
            document_count: stats.numberOfDocuments,
            created_at: new Date(r.createdAt),
            updated_at: new Date(r.updatedAt),
          }
        }),
      )
    } catch (err) {
      this.logger?.warn(`[meilisearch] cannot list indexes: ${describeMeiliError(err)}`)
      return []
    }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    refuseUnsupported(input)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const facets = (options.facets ?? []).map((f) => (typeof f === "string" ? f : f.field))
    const sort = Object.entries(input.pagination?.order ?? {})
      .filter(([field]) => field !== "_score")
      .map(([field, dir]) => `${field}:${dir === "ASC" ? "asc" : "desc"}`)
    const result = await this.client
      .index(input.index.physical_name)
      .search(input.q ?? "", {
        offset: skip,
        limit: take,
        filter: toMeiliFilter(input.filters as Record<string, unknown>),
        ...(facets.length ? { facets } : {}),
        ...(sort.length ? { sort } : {}),
        attributesToRetrieve: input.attributes_to_retrieve,
        // Every query word must match; Meilisearch treats the last one as a prefix already.
        matchingStrategy: "all",
        showRankingScore: !!options.include_score,
      })
      .catch((err) => {
        // The next searches go to PostgreSQL for a while (search-mirror/health.ts).
        reportMirrorFailure(err)
        throw err
      })
    return {
      hits: result.hits.map((hit) => ({
        id: String(hit.id),
        score: options.include_score ? hit._rankingScore : undefined,
        document: Object.fromEntries(Object.entries(hit).filter(([k]) => !k.startsWith("_"))),
      })),
      facets: facets.length ? mapFacets(facets, result.facetDistribution ?? {}) : undefined,
      metadata: {
        skip,
        take,
        count: options.count === "none" ? null : (result.estimatedTotalHits ?? null),
        query: input.q,
        processing_time_ms: result.processingTimeMs,
      },
    }
  }

  /** Creates the index and applies its settings once per process and physical index. */
  private prepare(index: string, definition: SearchTypes.ResolvedSearchIndexDefinition) {
    let pending = this.prepared.get(index)
    if (!pending) {
      pending = this.createWithSettings(index, definition).catch((err) => {
        this.prepared.delete(index)
        throw err
      })
      this.prepared.set(index, pending)
    }
    return pending
  }

  private async createWithSettings(index: string, definition: SearchTypes.ResolvedSearchIndexDefinition) {
    const creation = await this.client.createIndex(index, { primaryKey: definition.primary_key }).waitTask()
    if (creation.status !== "succeeded" && creation.error?.code !== "index_already_exists") {
      throw new Error(`Meilisearch could not create ${index}: ${creation.error?.message ?? creation.status}`)
    }
    const settings = await this.client.index(index).updateSettings(toMeiliSettings(definition)).waitTask()
    if (settings.status !== "succeeded") {
      throw new Error(`Meilisearch refused the settings of ${index}: ${settings.error?.message ?? settings.status}`)
    }
  }

  private task(index: string, task: EnqueuedTask): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }
}

function idsOnly(filters: SearchTypes.SearchFilters): string[] | undefined {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== "id") return undefined
  const value = (filters as Record<string, unknown>).id
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === "string") return [value]
  const $in = (value as { $in?: unknown[] } | null)?.$in
  return Array.isArray($in) ? $in.map(String) : undefined
}

function mapFacets(fields: string[], distribution: Record<string, Record<string, number>>) {
  return Object.fromEntries(
    fields.map((field) => [
      field,
      {
        type: "value" as const,
        values: Object.entries(distribution[field] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      },
    ]),
  )
}

/** Options Meilisearch has no equivalent for are refused, not approximated. */
function refuseUnsupported(input: SearchTypes.ProviderSearchQuery) {
  const o = input.search_options ?? {}
  const refuse = (what: string) => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider does not support ${what}`)
  }
  if (o.match_strategy === "any") refuse('match_strategy "any"')
  if (o.highlight) refuse("highlighting")
  if (o.vector) refuse("vector search")
  if (o.distinct || input.index.settings?.distinct_attribute) refuse("distinct")
  if (o.min_score !== undefined) refuse("min_score")
  if (input.pagination?.cursor !== undefined) refuse("cursor pagination")
  for (const f of o.facets ?? []) if (typeof f !== "string" && f.type && f.type !== "value") refuse(`${f.type} facets`)
}
