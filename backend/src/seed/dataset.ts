import fs from "node:fs"
import path from "node:path"
import { checkGtin, frameworkProblems, isHandle } from "@ocop/core"
import { checkRow, LEGAL_FRAMEWORKS } from "@ocop/plugin"
import type { Dataset } from "./dataset-types"
import { toRegistryRow } from "./registry-rows"

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
    frameworks: LEGAL_FRAMEWORKS,
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
