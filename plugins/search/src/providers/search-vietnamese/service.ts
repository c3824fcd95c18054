import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { toneWords } from "@ocop/core"
import { TONES_FIELD } from "./tones"
import { correctQuery, forgetWords, recordWords } from "./vocabulary"

/**
 * Far above any text rank (`ts_rank_cd`, word similarity), so every query word found with its own
 * tones moves a product up a whole tier, and the text rank only orders products within a tier.
 */
const TIER = 1000

type Fragments = ReturnType<PostgresSearchService["keywordFragments"]>
type FragmentsInput = Parameters<PostgresSearchService["keywordFragments"]>[0]

/**
 * Medusa's PostgreSQL search provider, ranking exact Vietnamese tones first and tolerating typos
 * only when a query finds nothing without.
 *
 * The text search configuration folds marks (`unaccent`), so "me", "mè", "mê" and "mẹ" are one
 * lexeme: "me xung" finds "mè xửng", and a query's tones cannot reach `ts_rank_cd`. This provider
 * keeps the match (and so counts and facets) exactly as Medusa builds it, and only adds to the rank
 * one tier per query word that the document's `tones` field holds as typed. The identifier stays
 * `search-postgres`, so indexes built by the stock provider keep being served by this one.
 */
export class VietnameseSearchService extends PostgresSearchService {
  static identifier = "search-postgres"

  /**
   * Typo tolerance as a fallback: a query asking for it runs exactly first; when nothing matched,
   * its unknown words are corrected against the index's vocabulary ("nuoc mamm" → "nuoc mam",
   * "caphe" → "ca phe") and it runs exactly again; only when that finds nothing either does it run
   * with typo tolerance. Medusa's typo match is a word similarity over every document's text,
   * computed row by row for the hits, the count and each facet; at 20,000 products that took over
   * a second per query, and even the indexed match below about 300 ms (docs/benchmarks.md), where
   * a correction costs a few milliseconds. The option is a preference in Medusa's contract, and a
   * misspelt query still finds what it would have.
   */
  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    if (!options.typo_tolerance || !input.q?.trim() || options.vector) return super.search(input)
    const exactly = (q: string) => super.search({ ...input, q, search_options: { ...options, typo_tolerance: false } })
    const exact = await exactly(input.q)
    if (this.matched(exact, input)) return exact
    const corrected = await this.correctedQuery(input)
    if (corrected) {
      const result = await exactly(corrected)
      if (this.matched(result, input)) return { ...result, metadata: { ...result.metadata, query: input.q } }
    }
    return super.search(input)
  }

  /** Without a count, a later page's empty hits do not mean nothing matched. */
  private matched(result: SearchTypes.SearchResult, input: SearchTypes.ProviderSearchQuery): boolean {
    return (result.metadata.count ?? (result.hits.length || (input.pagination?.skip ?? 0))) > 0
  }

  /** The query with its unknown words corrected against the index's vocabulary (vocabulary.ts). */
  protected async correctedQuery(input: SearchTypes.ProviderSearchQuery): Promise<string | undefined> {
    const catalog = await this.retrieve(input.index.physical_name)
    return correctQuery(this.manager_, { table: catalog.table_name, tsConfig: this.tsConfig_ }, input.q!)
  }

  /** Medusa's write, then the written documents' words into the index's vocabulary. */
  async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
    const task = await super.upsertDocuments(input)
    if (!input.documents.length) return task
    const { table_name, plan } = await this.retrieve(input.index)
    const ids = input.documents.map((document) => String(document[plan.primary_key]))
    await recordWords(this.manager_, table_name, ids)
    return task
  }

  /** A dropped index table (a rebuilt or deleted index) takes its vocabulary with it. */
  protected async dropDocumentTable(table: string, manager: Parameters<PostgresSearchService["dropDocumentTable"]>[1]) {
    await super.dropDocumentTable(table, manager)
    await forgetWords(manager, table)
  }

  /**
   * Medusa's typo match is `word_similarity(q, search_text) > 0.3`, a function call the trigram
   * index cannot serve: every row is compared, about 1.5 s a query at 20,000 products. pg_trgm's
   * operator `q <% search_text` asks the same question of the GIN trigram index Medusa already
   * builds on `search_text`, at pg_trgm's word similarity threshold (0.6 unless the database sets
   * `pg_trgm.word_similarity_threshold`), which also stops a stray syllable matching half the
   * catalogue. Only when the query searches every field (the stored `search_text`); the rank keeps
   * Medusa's word similarity, computed for the matched rows alone.
   */
  private indexedTypoMatch(input: FragmentsInput, fragments: Fragments): Fragments {
    const options = input.query.search_options ?? {}
    const searchable = input.catalog.plan.searchable
    const on = options.attributes_to_search_on ?? searchable
    const allFields = on.length === searchable.length && on.every((path) => searchable.includes(path))
    const enabled = input.query.index?.settings?.typo_tolerance?.enabled ?? true
    if (!fragments.q || !options.typo_tolerance || !enabled || !allFields || !fragments.matchSql) return fragments
    const exact = super.keywordFragments({
      ...input,
      query: { ...input.query, search_options: { ...options, typo_tolerance: false } },
    })
    return {
      ...fragments,
      matchSql: (params) => {
        const match = exact.matchSql!(params)
        params.push(fragments.q)
        return `(${match} OR ?::text <% "search_text")`
      },
    }
  }

  protected keywordFragments(input: FragmentsInput): Fragments {
    const fragments = this.indexedTypoMatch(input, super.keywordFragments(input))
    const words = toneWords(fragments.q ?? "")
    if (!words.length || !input.catalog.plan.fields.has(TONES_FIELD)) return fragments
    return {
      ...fragments,
      rankSql: (params) => {
        // The base rank pushes its placeholders first: its SQL comes first in the expression.
        const base = fragments.rankSql(params)
        const tiers = words.map((word) => {
          params.push(word)
          return `("indexed"->'${TONES_FIELD}' @> jsonb_build_array(?::text))::int`
        })
        return `((${tiers.join(" + ")}) * ${TIER} + ${base})`
      },
    }
  }
}
