import fs from "node:fs"
import path from "node:path"
import { checkGtin, frameworkProblems, isHandle, type CertificateStatus, type LegalFramework } from "@ocop/core"
import { checkRow } from "@ocop/plugin/registry/row"
import { toRegistryRow } from "./registry-rows"
// The legal frameworks are reference data of the OCOP plugin, not demo data.
import frameworksJson from "@ocop/plugin/data/frameworks.json"

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
  type?: string
  latitude?: number
  longitude?: number
  opening_hours?: string
  operator?: string
  tours?: string[]
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

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`the demo dataset has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`)
  }
}

const readJson = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))

/** Reads seed/data and refuses it whole if anything is inconsistent: nothing is half-seeded. */
export function loadDataset(dir: string): Dataset {
  const groups = readJson(dir, "product-groups.json")
  const places = readJson(dir, "sales-points.json")
  const communes = readJson(dir, "communes.json")
  const dataset: Dataset = {
    frameworks: frameworksJson.frameworks as LegalFramework[],
    sectors: groups.sectors,
    groups: groups.groups,
    producers: readJson(dir, "producers.json"),
    units: communes.units,
    successions: communes.successions,
    products: readJson(dir, "products.json"),
    warehouse: places.warehouse,
    salesPoints: places.sales_points,
  }
  const problems = datasetProblems(dataset)
  if (problems.length) throw new DatasetError(problems)
  return dataset
}

export function datasetProblems(d: Dataset): string[] {
  const problems: string[] = []
  for (const f of d.frameworks) problems.push(...frameworkProblems(f).map((p) => `framework ${f.code}: ${p}`))
  const groupCodes = new Set(d.groups.map((g) => g.code))
  const producers = new Set(d.producers.map((p) => p.key))
  const units = new Set(d.units.map((u) => u.code))
  const handles = new Set<string>()
  const skus = new Set<string>()
  const numbers = new Set<string>()
  for (const p of d.producers) {
    if (!units.has(p.commune_code)) problems.push(`producer ${p.key}: unknown commune ${p.commune_code}`)
  }
  d.products.forEach((p, i) => {
    const at = `products[${i}] (${p.handle})`
    if (!isHandle(p.handle)) problems.push(`${at}: handle must be ASCII kebab-case`)
    if (handles.has(p.handle)) problems.push(`${at}: duplicate handle`)
    handles.add(p.handle)
    if (!groupCodes.has(p.group_code)) problems.push(`${at}: unknown product group ${p.group_code}`)
    if (!producers.has(p.producer)) problems.push(`${at}: unknown producer ${p.producer}`)
    if (!units.has(p.commune_code)) problems.push(`${at}: unknown commune ${p.commune_code}`)
    if (p.gtin !== null) {
      const gtin = checkGtin(p.gtin)
      if (!gtin.ok) problems.push(`${at}: GTIN ${p.gtin}: ${gtin.reason}`)
    }
    if (!p.variants?.length) problems.push(`${at}: needs at least one variant`)
    for (const v of p.variants ?? []) {
      if (skus.has(v.sku)) problems.push(`${at}: duplicate SKU ${v.sku}`)
      skus.add(v.sku)
      if (!Number.isSafeInteger(v.price) || v.price <= 0)
        problems.push(`${at}: price of ${v.sku} must be whole đồng > 0`)
    }
    const producer = d.producers.find((x) => x.key === p.producer)
    if (producer) {
      const checked = checkRow(toRegistryRow(p, producer), i, d.frameworks)
      if (!checked.ok) problems.push(...checked.problems.map((x) => `${at}: certificate ${x.field} ${x.reason}`))
    }
    if (numbers.has(p.certificate.number)) problems.push(`${at}: duplicate certificate number`)
    numbers.add(p.certificate.number)
  })
  return problems
}
