import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { CLIENT_NAMESPACES, type ClientPart } from "../client-namespaces"

// Each route hands the browser only some message namespaces (client-messages.tsx). A client component
// reading a namespace its route does not provide would show raw keys: this reads the source the way
// the bundler does (imports from a route file, "use client" boundaries) and checks every route.
const SRC = path.resolve(__dirname, "../..")
const APP = path.join(SRC, "app")
const ROUTE_FILE = /^(page|layout|not-found|error|template)\.tsx$/

const source = new Map<string, string>()
const read = (file: string) => {
  if (!source.has(file)) source.set(file, fs.readFileSync(file, "utf8"))
  return source.get(file)!
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null
  if (!base) return null
  return [".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((f) => fs.existsSync(f)) ?? null
}

/** Files a module imports for their values (type-only imports vanish at build). */
function imports(file: string): string[] {
  const specs = [...read(file).matchAll(/^import (?!type )(?:[^"']*? from )?["']([^"']+)["']/gm)].map((m) => m[1])
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null)
}

/** The namespaces that client components reachable from `entry` read with useTranslations. */
function clientNamespaces(entry: string): Set<string> {
  const found = new Set<string>()
  const seen = new Set<string>()
  const walk = (file: string, client: boolean) => {
    const inClient = client || /^\s*["']use client["']/.test(read(file))
    if (seen.has(`${file}:${inClient}`)) return
    seen.add(`${file}:${inClient}`)
    if (inClient) for (const m of read(file).matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) found.add(m[1])
    for (const next of imports(file)) walk(next, inClient)
  }
  walk(entry, false)
  return found
}

/** The part the nearest <ClientMessages part="…"> above a route file (or in it) provides. */
function providedPart(file: string): ClientPart | null {
  for (let dir = path.dirname(file); dir.startsWith(APP); dir = path.dirname(dir)) {
    for (const candidate of [file, path.join(dir, "layout.tsx")]) {
      if (path.dirname(candidate) !== dir || !fs.existsSync(candidate)) continue
      const part = /<ClientMessages[^>]*\bpart="(\w+)"/.exec(read(candidate))?.[1]
      if (part) return part as ClientPart
    }
  }
  return null
}

const routeFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? routeFiles(full) : ROUTE_FILE.test(e.name) ? [full] : []
  })

describe("the messages each route gives the browser", () => {
  const files = routeFiles(path.join(APP, "[locale]"))

  it("finds the routes and the client components that need texts", () => {
    expect(files.length).toBeGreaterThan(20)
    expect(clientNamespaces(path.join(APP, "[locale]/checkout/page.tsx"))).toContain("Checkout")
  })

  it("covers every namespace a route's client components read", () => {
    const missing = files.flatMap((file) => {
      const part = providedPart(file)
      const provided = new Set<string>(part ? [...CLIENT_NAMESPACES.shell, ...CLIENT_NAMESPACES[part]] : [])
      return [...clientNamespaces(file)]
        .filter((ns) => !provided.has(ns))
        .map((ns) => `${path.relative(APP, file)} needs ${ns}`)
    })
    expect(missing).toEqual([])
  })
})
