import type { SalesPointType } from "@ocop/core"

/** What the programme records about a stock location that is an OCOP sales point. */
export type SalesPointInput = {
  stock_location_id: string
  key: string
  type: SalesPointType
  commune_code: string
  latitude?: number | null
  longitude?: number | null
  opening_hours?: string | null
  operator?: string | null
  tours?: string[]
}
