import { MedusaError } from "@medusajs/framework/utils"

type Value = string | number | boolean | null
type Filters = Record<string, unknown>

/**
 * Medusa's search filter tree (`{ stars: { $gte: 4 }, $and: [...] }`) as a Meilisearch filter
 * expression (`stars >= 4 AND (...)`). What Meilisearch cannot express is refused rather than
 * approximated: a result that is slightly different is one the caller cannot tell from a right one.
 */
export function toMeiliFilter(filters: Filters | undefined): string | undefined {
  const clauses = conjunction(filters ?? {})
  return clauses.length ? clauses.join(" AND ") : undefined
}

function conjunction(filters: Filters): string[] {
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and") clauses.push(...(value as Filters[]).map((f) => group(conjunction(f), "AND")))
    else if (key === "$or")
      clauses.push(
        group(
          (value as Filters[]).map((f) => group(conjunction(f), "AND")),
          "OR",
        ),
      )
    else if (key === "$not") clauses.push(`NOT ${group(conjunction(value as Filters), "AND")}`)
    else if (key.startsWith("$")) unsupported(key)
    else clauses.push(...field(key, value))
  }
  return clauses
}

function field(name: string, value: unknown): string[] {
  if (Array.isArray(value)) return [`${name} IN [${value.map(literal).join(", ")}]`]
  if (value === null || typeof value !== "object") return [equals(name, value as Value)]
  return Object.entries(value as Record<string, unknown>).map(([op, operand]) => {
    switch (op) {
      case "$eq":
        return equals(name, operand as Value)
      case "$ne":
        return operand === null ? `${name} IS NOT NULL` : `${name} != ${literal(operand as Value)}`
      case "$in":
      case "$overlaps":
        return `${name} IN [${(operand as Value[]).map(literal).join(", ")}]`
      case "$nin":
        return `${name} NOT IN [${(operand as Value[]).map(literal).join(", ")}]`
      case "$lt":
        return `${name} < ${literal(operand as Value)}`
      case "$lte":
        return `${name} <= ${literal(operand as Value)}`
      case "$gt":
        return `${name} > ${literal(operand as Value)}`
      case "$gte":
        return `${name} >= ${literal(operand as Value)}`
      case "$exists":
        return operand ? `${name} EXISTS` : `${name} NOT EXISTS`
      case "$contains":
        return group(
          (Array.isArray(operand) ? operand : [operand]).map((v) => equals(name, v as Value)),
          "AND",
        )
      default:
        return unsupported(`${op} on "${name}"`)
    }
  })
}

function equals(name: string, value: Value) {
  return value === null ? `${name} IS NULL` : `${name} = ${literal(value)}`
}

function literal(value: Value): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (value === null) return "null"
  return JSON.stringify(String(value))
}

function group(clauses: string[], op: "AND" | "OR") {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(` ${op} `)})`
}

function unsupported(what: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider cannot filter with ${what}`)
}
