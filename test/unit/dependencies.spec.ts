import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

// Two copies of @medusajs/framework break Medusa's dependency container and ORM
// metadata at run time; React 19 must stay inside the storefront.
const root = path.resolve(__dirname, "../..")
const workspaces = ["", "backend", "storefront", "plugins/ocop", "plugins/search", "packages/core"]

function installedVersions(pkg: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const ws of workspaces) {
    const file = path.join(root, ws, "node_modules", pkg, "package.json")
    if (fs.existsSync(file)) found[path.join(ws, "node_modules")] = JSON.parse(fs.readFileSync(file, "utf8")).version
  }
  return found
}

describe("installed dependencies", () => {
  it("hold one copy of the Medusa framework, at 2.21.2", () => {
    expect(installedVersions("@medusajs/framework")).toEqual({ node_modules: "2.21.2" })
    expect(installedVersions("@medusajs/medusa")).toEqual({ node_modules: "2.21.2" })
  })

  it("keep React 18 for the admin and React 19 for the storefront", () => {
    const react = installedVersions("react")
    expect(react["node_modules"]).toMatch(/^18\./)
    expect(react["storefront/node_modules"]).toMatch(/^19\./)
  })
})
