/** A producer's offer as its business posts or edits it. */
export type OfferInput = {
  product_id: string
  monthly_capacity: number
  price_min: number
  price_max: number
  delivery_radius_km?: number | null
  certifications?: string[]
  note?: string | null
  status?: "open" | "closed"
}

/** A buyer's need as its business posts or edits it. */
export type NeedInput = {
  title: string
  group_code?: string | null
  keywords?: string[]
  quantity: number
  min_stars?: number
  commune_code?: string | null
  latitude?: number | null
  longitude?: number | null
  deadline: string
  price_ceiling?: number | null
  status?: "open" | "closed"
}
