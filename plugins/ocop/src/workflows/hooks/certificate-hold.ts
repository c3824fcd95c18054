import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ModulesSdkUtils } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Why a cart's certificates are held while it completes: the listing gate reads the certificates in
 * the `validate` hook, and Medusa creates the order a few steps later in another transaction. A
 * revocation committed in between would let an order be created for a product that was no longer
 * certified at that moment. So the gate takes a `FOR SHARE` row lock on the certificates of the
 * cart's products before it reads them and keeps it until the order exists: a revocation (an UPDATE
 * of the row, from the admin, the registry feed or the expiry job alike) either commits before the
 * gate reads, and the cart is refused, or waits until the order has been created. Checkouts of the
 * same product share the lock and do not wait for one another.
 *
 * The locks live on a small pool of their own: a completion holding a connection of Medusa's pool
 * while its steps wait for another could exhaust that pool under a burst of checkouts.
 */
const POOL_SIZE = 8
/** A hold is never kept longer than this, whatever happens to the workflow that took it. */
const MAX_HOLD_MS = 30_000

type Hold = { trx: Knex.Transaction; timer: NodeJS.Timeout }
const holds = new Map<string, Hold>()
let pool: Knex | null = null

function lockPool(container: MedusaContainer): Knex {
  if (pool) return pool
  const { projectConfig } = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  pool = ModulesSdkUtils.createPgConnection({
    clientUrl: projectConfig.databaseUrl,
    schema: projectConfig.databaseSchema,
    driverOptions: {
      ...(projectConfig.databaseDriverOptions ?? {}),
      // PostgreSQL ends a hold whose process stopped answering, releasing its rows.
      idle_in_transaction_session_timeout: MAX_HOLD_MS * 2,
    },
    // Idle connections close quickly, so that a test database can be dropped after its suite.
    pool: { min: 0, max: POOL_SIZE, idleTimeoutMillis: 1000 },
  }) as unknown as Knex
  return pool
}

/** The certificates linked to the products of these variants. */
export async function certificateIdsOf(container: MedusaContainer, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product.certificates.id"],
    filters: { id: variantIds },
  })
  const ids = data.flatMap((v) =>
    (v.product?.certificates ?? []).flatMap((c: { id: string } | null) => (c ? [c.id] : [])),
  )
  return [...new Set(ids)].sort()
}

/** Takes a share lock on the certificates for `key` (a cart id); waits for a change under way to commit. */
export async function holdCertificates(container: MedusaContainer, key: string, certificateIds: string[]) {
  await releaseCertificates(key)
  if (!certificateIds.length) return
  const trx = await lockPool(container).transaction()
  try {
    await trx.raw("select id from ocop_certificate where id = any(?) order by id for share", [certificateIds])
  } catch (error) {
    await trx.commit().catch(() => undefined) // after a failed statement PostgreSQL rolls back
    throw error
  }
  const timer = setTimeout(() => void releaseCertificates(key), MAX_HOLD_MS).unref()
  holds.set(key, { trx, timer })
}

export async function releaseCertificates(key: string) {
  const hold = holds.get(key)
  if (!hold) return
  holds.delete(key)
  clearTimeout(hold.timer)
  await hold.trx.commit().catch(() => undefined)
}
