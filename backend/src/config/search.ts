/**
 * Medusa's Search Module.
 *
 * PostgreSQL always: the search plugin's provider (Medusa's own, ranking exact Vietnamese tones
 * first) with the Vietnamese text configuration its migration creates (marks folded, no English
 * stop words). The product index itself lives in plugins/search/src/search.
 *
 * Meilisearch as well when MEILISEARCH_HOST is set (with MEILISEARCH_API_KEY): the plugin's provider,
 * over Meilisearch's official client with a timeout on every request (MEILISEARCH_TIMEOUT_MS),
 * and a mirror of the product index that serves searches while it is current; PostgreSQL stays the
 * index of record (docs/decisions/008-meilisearch.md, docs/search.md). Registering the provider
 * without a host would stop the boot, hence the condition.
 */
export function searchModule(env: NodeJS.ProcessEnv) {
  const host = env.MEILISEARCH_HOST?.trim()
  return {
    resolve: "@medusajs/medusa/search",
    options: {
      // Indexes that name no provider (the PostgreSQL product index) use this one.
      default_provider: "search-postgres",
      providers: [
        {
          resolve: "@ocop/search/providers/search-vietnamese",
          id: "postgres",
          options: { language: "vietnamese" },
        },
        ...(host
          ? [
              {
                resolve: "@ocop/search/providers/meilisearch",
                id: "meilisearch",
                options: {
                  host,
                  api_key: env.MEILISEARCH_API_KEY || undefined,
                  timeout_ms: Number(env.MEILISEARCH_TIMEOUT_MS) || 5_000,
                },
              },
            ]
          : []),
      ],
    },
  }
}
