import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SALES_POINT_TYPES, type SalesPointType } from "@ocop/core"
import { tradeService } from "../access/trade"

type LegacyMeta = { key?: string; type?: string; commune_code?: string; latitude?: number; longitude?: number }

/**
 * Run once per database by `medusa db:migrate`: shops seeded before the trade module kept a sales
 * point's type, commune and coordinates in its stock location's metadata. This makes each such
 * location an OCOP sales point, so "where to buy" keeps listing it. New databases have no
 * locations yet when it runs; their seed creates the sales points.
 */
export default async function salesPointsFromLocations({ container }: { container: MedusaContainer }) {
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: null })
  const trade = tradeService(container)
  const known = new Set((await trade.listSalesPoints({}, { take: null })).map((p) => p.stock_location_id))
  const types = new Set<string>(SALES_POINT_TYPES)
  const missing = locations.filter((l) => {
    const meta = (l.metadata ?? {}) as LegacyMeta
    return !known.has(l.id) && meta.key && meta.commune_code && meta.type && types.has(meta.type)
  })
  if (!missing.length) return
  await trade.createSalesPoints(
    missing.map((l) => {
      const meta = l.metadata as LegacyMeta
      return {
        stock_location_id: l.id,
        key: meta.key!,
        type: meta.type as SalesPointType,
        commune_code: meta.commune_code!,
        latitude: meta.latitude ?? null,
        longitude: meta.longitude ?? null,
      }
    }),
  )
}
