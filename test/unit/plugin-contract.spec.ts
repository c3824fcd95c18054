import path from "node:path"
import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"

// The plugins as the backend loads them: from their build, through their package exports
// (`npm test` builds them before this stage).
const backendRequire = createRequire(path.resolve(__dirname, "../../backend/package.json"))

describe("the OCOP plugin's contract (@ocop/plugin)", () => {
  it("loads without registering a workflow, a step or a module", () => {
    const { WorkflowManager } = backendRequire("@medusajs/framework/orchestration")
    const before = [...WorkflowManager.getWorkflows().keys()]
    const contract = backendRequire("@ocop/plugin")
    expect(Object.keys(contract).sort()).toEqual([
      "CsvError",
      "LEGAL_FRAMEWORKS",
      "LISTING_FIELDS",
      "OCOP_MODULE",
      "OcopWorkflows",
      "checkRow",
      "csvToRows",
      "readListing",
      "readListings",
      "runWorkflow",
    ])
    expect([...WorkflowManager.getWorkflows().keys()]).toEqual(before)
    const loaded = Object.keys(backendRequire.cache).filter((f) => f.includes("/plugins/ocop/"))
    expect(loaded.filter((f) => /\/(workflows\/(?!ids)|modules\/ocop\/(?!name)|subscribers|jobs|api)/.test(f))).toEqual(
      [],
    )
  })

  it("names each workflow by the id it is registered under", () => {
    const { OcopWorkflows } = backendRequire("@ocop/plugin")
    expect(OcopWorkflows).toEqual({
      applyListingRule: "apply-listing-rule",
      changeCertificateStatus: "change-certificate-status",
      expireCertificates: "expire-certificates",
      importCertificates: "import-certificates",
      syncRegistryFeed: "sync-registry-feed",
      upsertReferenceData: "upsert-reference-data",
    })
  })

  it("exports nothing else: a deep import of an internal is refused", () => {
    for (const internal of [
      "@ocop/plugin/listing/check",
      "@ocop/plugin/workflows",
      "@ocop/plugin/data/frameworks.json",
    ]) {
      expect(() => backendRequire.resolve(internal), internal).toThrow(/not (defined by|exported)/)
    }
    // What Medusa itself resolves: the module by its build path, and the admin extensions.
    expect(backendRequire.resolve("@ocop/plugin/.medusa/server/src/modules/ocop")).toMatch(/modules\/ocop\/index\.js$/)
    expect(backendRequire.resolve("@ocop/plugin/admin")).toMatch(/admin\/index\.js$/)
  })
})

describe("the search plugin's contract (@ocop/search)", () => {
  it("loads without registering anything, and exports only its entry and providers", () => {
    const { WorkflowManager } = backendRequire("@medusajs/framework/orchestration")
    const before = [...WorkflowManager.getWorkflows().keys()]
    const contract = backendRequire("@ocop/search")
    expect(typeof contract.syncMirror).toBe("function")
    expect([...WorkflowManager.getWorkflows().keys()]).toEqual(before)
    const loaded = Object.keys(backendRequire.cache).filter((f) => f.includes("/plugins/search/"))
    expect(loaded.filter((f) => /\/(subscribers|jobs|api)\//.test(f))).toEqual([])
    expect(() => backendRequire.resolve("@ocop/search/search-mirror/sync")).toThrow(/not (defined by|exported)/)
    expect(backendRequire.resolve("@ocop/search/providers/meilisearch")).toMatch(/providers\/meilisearch\/index\.js$/)
  })
})
