import type { CertificateStatus, LegalFramework, SalesPointType } from "@ocop/core"

/** The demo dataset in seed/data, as documented in seed/data/README.md. */
export type SeedVariant = { title: string; title_en: string; sku: string; price: number; weight_g: number }
export type SeedCertificate = {
  number: string
  stars: number
  score: number
  score_parts: { A: number; B: number; C: number }
  framework: string
  decision_number: string
  decision_date: string
  authority: string
  valid_from: string
  valid_until: string
  status: CertificateStatus
  revocation?: StatusDecision | null
  suspension?: StatusDecision | null
}
export type StatusDecision = { reason_code: string; decision_number: string; decision_date: string }
export type SeedProduct = {
  handle: string
  title: string
  title_en: string
  subtitle?: string
  subtitle_en?: string
  description: string
  description_en: string
  group_code: string
  producer: string
  commune_code: string
  gtin: string | null
  kind: "goods" | "service"
  weight_g: number
  variants: SeedVariant[]
  certificate: SeedCertificate
}
export type SeedProducer = {
  key: string
  name: string
  type: string
  commune_code: string
  tax_code?: string | null
  legacy_locality?: string | null
  story_vi?: string | null
  story_en?: string | null
}
export type SeedUnit = {
  code: string
  name: string
  level: "province" | "district" | "commune"
  parent: string | null
  valid_from: string | null
  valid_to: string | null
}
export type SeedSuccession = {
  from: string
  to: string
  effective_date: string
  type: "merge" | "split" | "rename" | "partial"
}
export type SeedGroup = { code: string; sector: string; name: string; name_en: string; number: number }
export type SeedSector = { code: string; name: string; name_en: string }
export type SeedLocation = {
  key: string
  name: string
  address_1: string
  commune_code: string
  city: string
  stock_per_variant: number
  type?: SalesPointType
  latitude?: number
  longitude?: number
  opening_hours?: string
  operator?: string
  tours?: string[]
  name_en?: string
  address_en?: string
  opening_hours_en?: string
  operator_en?: string
  tours_en?: string[]
}

export type Dataset = {
  frameworks: LegalFramework[]
  sectors: SeedSector[]
  groups: SeedGroup[]
  producers: SeedProducer[]
  units: SeedUnit[]
  successions: SeedSuccession[]
  products: SeedProduct[]
  warehouse: SeedLocation
  salesPoints: SeedLocation[]
}
