/**
 * Redis-backed infrastructure for the distributed mode. Without REDIS_URL Medusa
 * uses its in-process event bus, workflow engine, locking and cache, which only
 * work while a single process serves everything (the embedded default).
 *
 * Medusa 2.21 has two caches: the Cache Module, which the Auth Module keeps sign-in state in
 * (a flow may start on one server and return to another), and the newer Caching Module, which
 * Medusa consults only behind its `caching` feature flag. Both go to Redis here.
 */
export function infrastructureModules(redisUrl: string | undefined) {
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
