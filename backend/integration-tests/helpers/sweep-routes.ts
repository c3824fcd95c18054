import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { ZodTypeAny } from "@medusajs/framework/zod"

/** A route file as the sweep sees it: its URL with `[param]` folders, methods and body fields. */
export type SweepRoute = { file: string; path: string; params: string[]; methods: string[]; fields: string[] }

const ROOT = path.resolve(__dirname, "../../..")
const API_DIRS = [
  path.join(ROOT, "backend/src/api"),
  ...readdirSync(path.join(ROOT, "plugins")).map((plugin) => path.join(ROOT, "plugins", plugin, "src/api")),
]
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

const walk = (dir: string): string[] => {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/** The methods a route file exports: `export async function POST`, `export { x as GET }`, `export const GET`. */
const methodsOf = (source: string) =>
  METHODS.filter((m) =>
    source.split("\n").some((line) => line.startsWith("export") && new RegExp(`\\b${m}\\b`).test(line)),
  )

/** Field names of a zod object schema, through refinements, effects and optionals. */
function fieldsOf(schema: ZodTypeAny | undefined): string[] {
  let s = schema as { shape?: unknown; _def?: { schema?: unknown; innerType?: unknown } } | undefined
  for (let i = 0; s && i < 5 && !s.shape; i++) s = (s._def?.schema ?? s._def?.innerType) as typeof s
  const shape = typeof s?.shape === "function" ? (s.shape as () => object)() : s?.shape
  return shape && typeof shape === "object" ? Object.keys(shape) : []
}

/**
 * The body schema each POST matcher is validated with, read from the middlewares files beside the
 * routes (`body("/path", Schema)` or `matcher: "/path"` … `validateAndTransformBody(Schema)`).
 */
async function bodySchemas(): Promise<Map<string, string[]>> {
  const byMatcher = new Map<string, string[]>()
  for (const dir of API_DIRS) {
    const files = walk(dir)
    const middlewares = files.find((f) => f === path.join(dir, "middlewares.ts"))
    if (!middlewares) continue
    const exports: Record<string, ZodTypeAny> = {}
    for (const file of files.filter((f) => f.endsWith("validators.ts"))) Object.assign(exports, await import(file))
    let matcher = ""
    for (const line of readFileSync(middlewares, "utf8").split("\n")) {
      const short = /body\("([^"]+)", (\w+)\)/.exec(line)
      if (short) byMatcher.set(short[1], fieldsOf(exports[short[2]]))
      const long = /matcher: "([^"]+)"/.exec(line)
      if (long) matcher = long[1]
      const validated = /validateAndTransformBody\((\w+)\)/.exec(line)
      if (validated && matcher) byMatcher.set(matcher, fieldsOf(exports[validated[1]]))
    }
  }
  return byMatcher
}

/** Every custom route of the backend and the plugins, from the files under their `src/api`. */
export async function sweepRoutes(): Promise<SweepRoute[]> {
  const schemas = await bodySchemas()
  return API_DIRS.flatMap((dir) =>
    walk(dir)
      .filter((f) => path.basename(f) === "route.ts")
      .map((file) => {
        const url = `/${path.relative(dir, path.dirname(file)).split(path.sep).join("/")}`
        const params = [...url.matchAll(/\[(\w+)\]/g)].map((m) => m[1])
        const matcher = url.replace(/\[(\w+)\]/g, ":$1")
        return {
          file,
          path: url,
          params,
          methods: methodsOf(readFileSync(file, "utf8")),
          fields: schemas.get(matcher) ?? [],
        }
      }),
  )
}
