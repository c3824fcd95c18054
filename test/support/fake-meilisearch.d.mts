export type FakeMeiliIndex = {
  uid: string
  primaryKey: string
  documents: Map<string, Record<string, unknown>>
  settings: {
    searchableAttributes: string[]
    displayedAttributes: string[]
    filterableAttributes: string[]
    sortableAttributes: string[]
    synonyms: Record<string, string[]>
    typoTolerance: { enabled: boolean }
  }
}
export type FakeMeilisearch = {
  url: string
  requests: { method: string; path: string; body: unknown }[]
  indexes: Map<string, FakeMeiliIndex>
  /** The newest index whose uid starts with `prefix` (each version of an index is one). */
  index(prefix: string): FakeMeiliIndex | undefined
  setMode(mode: "ok" | "error"): void
  stop(): Promise<void>
  start(): Promise<void>
}
export function startFakeMeilisearch(options?: { apiKey?: string; port?: number }): Promise<FakeMeilisearch>
