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
  /** English texts, served in place of the Vietnamese ones to English readers. */
  name_en?: string | null
  address_en?: string | null
  opening_hours_en?: string | null
  operator_en?: string | null
  tours_en?: string[] | null
}
