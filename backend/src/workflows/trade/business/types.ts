/** A business profile as its customer registers or edits it. */
export type BusinessProfileInput = {
  company_name: string
  tax_code: string
  type: "distributor" | "supermarket" | "hotel_restaurant" | "exporter" | "processor" | "producer"
  phone?: string | null
  commune_code?: string | null
  latitude?: number | null
  longitude?: number | null
}

/** An official's review of a business profile. */
export type ReviewBusinessInput = {
  id: string
  status: "verified" | "rejected"
  subject_id?: string | null
  note?: string | null
  official_id: string
}

/** An official releases a verified profile's tax code, with the reason recorded on the profile. */
export type ReleaseBusinessInput = { id: string; reason: string; official_id: string }
