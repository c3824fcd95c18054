import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { recoverMirror } from "@ocop/search"
import { startFakeMeilisearch } from "../../../test/support/fake-meilisearch.mjs"
import { storeClient } from "../../../test/support/store-client"
import reindexSearch from "../../src/scripts/reindex-search"
import { seedDemoShop } from "../helpers/demo"

// Before the app boots: MEILISEARCH_HOST registers the provider and the mirror index.
const API_KEY = "test-meilisearch-key"
const fake = await startFakeMeilisearch({ apiKey: API_KEY })
process.env.MEILISEARCH_HOST = fake.url
process.env.MEILISEARCH_API_KEY = API_KEY

type Hit = { id: string; document: { handle: string } }

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: { headers: { authorization: string } }

    beforeAll(async () => {
      ;({ publishableKey: key, admin } = await seedDemoShop(getContainer(), api))
    })
    afterAll(async () => {
      await fake.stop().catch(() => {})
    })

    const handles = async (q: string) => {
      const { results } = await storeClient(api.defaults.baseURL as string, key).call("POST", "/store/search", {
        entity: "product",
        filters: { q },
        search_options: { typo_tolerance: true, facets: ["stars"] },
        pagination: { take: 50 },
      })
      return (results[0].hits as Hit[]).map((h) => h.document.handle)
    }
    const mirror = () => fake.index("product_meili")
    const mirrored = (handle: string) => [...(mirror()?.documents.values() ?? [])].some((d) => d.handle === handle)
    const meiliSearches = () => fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/search")).length
    const mirrorStatus = async () => {
      const { data } = await api.get("/admin/search-indexes", admin)
      return data.search_indexes?.find((i: { name: string }) => i.name === "product_meili")?.status
    }
    const searchStatus = async () => (await api.get("/admin/search/status", admin)).data
    const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 250 })

    const certificate = async (number: string) =>
      (await api.get(`/admin/ocop/certificates?q=${number}`, admin)).data.certificates[0].id as string
    const decision = { decision_number: "9/QĐ-UBND", decision_date: "2026-11-28" }
    const revoke = { status: "revoked", reason_code: "process_noncompliance", ...decision }
    const reinstate = { status: "active", ...decision }

    it("mirrors listed products and the synonyms to Meilisearch, serves searches from it, follows a revocation", async () => {
      await poll(() => mirrored("nuoc-mam-tung-van")).toBe(true)
      const index = mirror()!
      // Only listed products; the settings the provider derived from the index definition.
      expect(mirrored("banh-gung-du-lieu-mau")).toBe(false)
      expect(mirrored("cha-ca-du-lieu-mau")).toBe(false)
      expect(index.settings.synonyms["mè"]).toEqual(["vừng"])
      expect(index.settings.synonyms["hồ tiêu"]).toEqual(["tiêu"])
      expect(index.settings.filterableAttributes).toEqual(
        expect.arrayContaining(["status", "sales_channel_ids", "stars"]),
      )
      expect(index.settings.searchableAttributes[0]).toBe("title")
      expect(index.settings.displayedAttributes).not.toContain("status")

      // The store route reads the mirror while it is ready: the synonym finds the sesame candy.
      await poll(mirrorStatus).toBe("ready")
      expect(await searchStatus()).toEqual({
        postgres: { index: "product", provider: "search-postgres", status: "ready" },
        meilisearch: { configured: true, index: "product_meili", status: "ready", serving: true, last_failure: null },
      })
      const before = meiliSearches()
      expect(await handles("vừng")).toContain("keo-me-xung-du-lieu-mau")
      expect(await handles("me xung")).toContain("keo-me-xung-du-lieu-mau")
      expect(meiliSearches()).toBeGreaterThan(before)

      const id = await certificate("DEMO-QT-2026-0010")
      await api.post(`/admin/ocop/certificates/${id}/status`, revoke, admin)
      await poll(() => mirrored("nuoc-mam-tung-van")).toBe(false)
      expect(await handles("nuoc mam tung van")).not.toContain("nuoc-mam-tung-van")
    })

    it("a failing or unreachable Meilisearch never holds back the PostgreSQL index or the shop", async () => {
      // The database was restored to before the previous test's revocation behind Meilisearch's back,
      // as a backup restore would: the reindex command brings the mirror level again.
      const reports = await reindexSearch({ container: getContainer(), args: ["product_meili"] })
      const { count: listed } = (
        await api.get("/store/products?limit=1", { headers: { "x-publishable-api-key": key } })
      ).data
      expect(reports).toEqual([{ index: "product_meili", documents: listed, seconds: expect.any(Number) }])
      await poll(mirrorStatus).toBe("ready")
      const id = await certificate("DEMO-QT-2026-0010")
      await poll(() => handles("nuoc mam tung van")).toContain("nuoc-mam-tung-van")

      // Meilisearch answers 500: the revocation still reaches PostgreSQL and the shop answers from it.
      fake.setMode("error")
      await api.post(`/admin/ocop/certificates/${id}/status`, revoke, admin)
      await poll(() => handles("nuoc mam tung van")).not.toContain("nuoc-mam-tung-van")
      expect(await handles("nuoc mam")).toEqual(expect.any(Array))
      await poll(mirrorStatus).toBe("error")
      const failing = await searchStatus()
      expect(failing.postgres.status).toBe("ready")
      expect(failing.meilisearch).toMatchObject({ status: "error", serving: false })
      expect(failing.meilisearch.last_failure.message).toMatch(/Meilisearch answered 500/)

      // Meilisearch unreachable: the same for the reinstatement.
      await fake.stop()
      await api.post(`/admin/ocop/certificates/${id}/status`, reinstate, admin)
      await poll(() => handles("nuoc mam tung van")).toContain("nuoc-mam-tung-van")
      expect(await mirrorStatus()).not.toBe("ready")

      // Back up: the recovery job's logic rebuilds the mirror whole, and searches return to it.
      await fake.start()
      fake.setMode("ok")
      await recoverMirror(getContainer())
      await poll(mirrorStatus).toBe("ready")
      expect((await searchStatus()).meilisearch).toMatchObject({ serving: true, last_failure: null })
      expect(mirrored("nuoc-mam-tung-van")).toBe(true)
      const before = meiliSearches()
      expect(await handles("vừng")).toContain("keo-me-xung-du-lieu-mau")
      expect(meiliSearches()).toBeGreaterThan(before)
    })

    it("leftover: while Meilisearch is unreachable the recovery builds no index version, then rebuilds once it answers", async () => {
      const versions = async () =>
        Number(
          (
            await getContainer()
              .resolve(ContainerRegistrationKeys.PG_CONNECTION)
              .raw("select count(*)::int as n from search_index_version")
          ).rows[0].n,
        )
      fake.setMode("ok")
      await poll(mirrorStatus).toBe("ready")
      await fake.stop()
      const id = await certificate("DEMO-QT-2026-0010")
      await api.post(`/admin/ocop/certificates/${id}/status`, revoke, admin)
      await poll(mirrorStatus).not.toBe("ready")
      const before = await versions()
      const ticks = []
      for (let tick = 0; tick < 3; tick++) ticks.push(await recoverMirror(getContainer()))
      expect(await versions()).toBe(before)
      expect(ticks).toEqual(
        ticks.map(() => ({
          outcome: "unreachable",
          reason: expect.stringMatching(/Meilisearch is unreachable \(ECONNREFUSED\)/),
        })),
      )

      await fake.start()
      expect(await recoverMirror(getContainer())).toEqual({ outcome: "rebuilt" })
      expect(await versions()).toBe(before + 1)
      await poll(mirrorStatus).toBe("ready")
    })
  },
})
