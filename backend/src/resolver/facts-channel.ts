import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import pg from "pg"
import { forgetProducts } from "./resolve"

/**
 * Cached facts are dropped in every resolver process at once through PostgreSQL's LISTEN/NOTIFY:
 * the database is the one thing every process shares in every run mode (embedded and distributed),
 * and a notification reaches every listener, where an event on Redis's queue reaches one consumer.
 * The cache's time to live still bounds the lag if a notification is lost (decision 029).
 */
export const FACTS_CHANNEL = "ocop_trace_facts"
const ALL = "*"
// NOTIFY carries at most 8,000 bytes; a longer list of ids becomes "everything".
const MAX_PAYLOAD = 7_000

/** Drops the facts of these products (all, without ids) here and in every other process. */
export async function forgetEverywhere(container: MedusaContainer, productIds?: string[]): Promise<void> {
  forgetProducts(productIds)
  const listed = productIds?.join(",") ?? ALL
  const payload = listed && listed.length <= MAX_PAYLOAD ? listed : ALL
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw("select pg_notify(?, ?)", [FACTS_CHANNEL, payload])
}

/**
 * Listens on its own connection for as long as the process runs; after a lost connection it listens
 * again and drops everything, since notifications sent meanwhile were missed.
 */
export function listenForForgottenFacts(databaseUrl: string, logger: Logger): { close(): Promise<void> } {
  let client: pg.Client | null = null
  let closed = false
  let retry: NodeJS.Timeout | null = null
  const connect = async () => {
    const c = new pg.Client({ connectionString: databaseUrl })
    client = c
    c.on("notification", (n) => forgetProducts(!n.payload || n.payload === ALL ? undefined : n.payload.split(",")))
    c.on("error", () => again())
    try {
      await c.connect()
      await c.query(`listen ${FACTS_CHANNEL}`)
      forgetProducts()
    } catch (error) {
      logger.warn(`traceability resolver: cannot listen for changes (${(error as Error).message}); retrying`)
      again()
    }
  }
  const again = () => {
    if (closed || retry) return
    void client?.end().catch(() => undefined)
    retry = setTimeout(() => {
      retry = null
      void connect()
    }, 1_000)
  }
  void connect()
  return {
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      await client?.end().catch(() => undefined)
    },
  }
}
