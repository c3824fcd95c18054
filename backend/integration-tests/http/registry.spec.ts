import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OcopWorkflows, runWorkflow } from "@ocop/plugin"
import { demoRegistry, seedDemoShop, type OcopTestService } from "../helpers/demo"
import { storeClient } from "../../../test/support/store-client"
import { startFakeRegistry } from "../../../test/support/fake-registry.mjs"

type Run = { counts: Record<string, number>; started_at: string; finished_at: string }

integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { data, rows } = demoRegistry()
    const target = data.products.find((p) => p.handle === "hat-tieu-cua")!
    const revokedRows = () =>
      rows.map((r) =>
        r.product_handle === target.handle
          ? {
              ...r,
              status: "revoked",
              status_reason: "process_noncompliance",
              status_decision_number: "12/QĐ-UBND",
              status_decision_date: "2026-11-25",
            }
          : r,
      )
    let key: string
    let admin: { headers: { authorization: string } }
    let registry: Awaited<ReturnType<typeof startFakeRegistry>>

    beforeAll(async () => {
      ;({ publishableKey: key, admin } = await seedDemoShop(getContainer(), api))
      registry = await startFakeRegistry(rows, 10)
      process.env.OCOP_REGISTRY_FEED_URL = registry.url
    })
    afterAll(async () => {
      delete process.env.OCOP_REGISTRY_FEED_URL
      await registry?.close()
    })

    const listed = async () =>
      (
        await storeClient(api.defaults.baseURL as string, key).call("GET", "/store/products?limit=200&fields=handle")
      ).products.map((p: { handle: string }) => p.handle)
    const sync = async (dry_run = false) => (await api.post("/admin/ocop/registry/sync", { dry_run }, admin)).data

    it("syncs the paged feed, then costs one 304 while the registry is unchanged", async () => {
      registry.setRows(rows)
      const first = await sync()
      expect(first.not_modified).toBe(false)
      expect(first.run.counts).toEqual({ rejected: 0, unchanged: rows.length })
      expect(registry.requests.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(
        Math.ceil(rows.length / 10),
      )
      const second = await sync()
      expect(second.not_modified).toBe(true)
      expect(registry.requests.at(-1)).toMatchObject({ status: 304 })
    })

    it("records a feed it cannot reach as a failed run, answers 502, and changes nothing", async () => {
      process.env.OCOP_REGISTRY_FEED_URL = "http://127.0.0.1:9/ocop/feed"
      try {
        const res = await api
          .post("/admin/ocop/registry/sync", {}, admin)
          .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(res.status).toBe(502)
        expect(res.data.message).toMatch(/cannot reach the registry at http:\/\/127\.0\.0\.1:9/)
      } finally {
        process.env.OCOP_REGISTRY_FEED_URL = registry.url
      }
      const { data } = await api.get("/admin/ocop/registry/runs", admin)
      expect(data.runs[0]).toMatchObject({
        source: "feed",
        status: "failed",
        errors: [{ row: 0, field: "feed", reason: expect.stringMatching(/cannot reach the registry/) }],
      })
      expect(await listed()).toContain(target.handle)
    })

    it("a revocation in the feed delists the product; the dry run only reports it", async () => {
      registry.setRows(revokedRows())
      const preview = await sync(true)
      expect(preview.run.counts).toMatchObject({ revoked: 1 })
      expect(await listed()).toContain(target.handle)
      const applied = await sync()
      expect(applied.run.counts).toMatchObject({ revoked: 1, unchanged: rows.length - 1 })
      expect(await listed()).not.toContain(target.handle)
      const { data: runs } = await api.get("/admin/ocop/registry/runs", admin)
      expect(runs.runs[0].counts).toMatchObject({ revoked: 1 })
    })

    it("imports a CSV with bad rows: valid rows applied, each bad row reported by line and field", async () => {
      const columns = Object.keys(rows[0])
      const line = (r: Record<string, unknown>) =>
        columns.map((c) => (r[c] === null ? "" : `"${String(r[c]).replace(/"/g, '""')}"`)).join(",")
      const revoked = revokedRows().find((r) => r.product_handle === target.handle)!
      const csv = [
        columns.join(","),
        line(revoked),
        line({ ...rows[1], certificate_number: "BAD-1", score: "chín mươi" }),
        line({ ...rows[2], certificate_number: "BAD-2", valid_until: "2030-01-01" }),
      ].join("\r\n")
      const { data: res } = await api.post("/admin/ocop/registry/import", { csv }, admin)
      expect(res.run.counts).toMatchObject({ revoked: 1, rejected: 2 })
      expect(res.run.errors).toEqual([
        { row: 3, field: "score", reason: expect.stringMatching(/number/i) },
        { row: 4, field: "valid_until", reason: expect.stringMatching(/^should be \d{4}-\d{2}-\d{2}/) },
      ])
      expect(await listed()).not.toContain(target.handle)
    })

    it("refuses what is not a CSV or is empty, with a clear message", async () => {
      const bad = await api
        .post("/admin/ocop/registry/import", { csv: 'a,"b' }, admin)
        .catch((e: { response: unknown }) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/CSV: an opening quote is never closed/)
      const empty = await api
        .post("/admin/ocop/registry/import", { csv: "" }, admin)
        .catch((e: { response: unknown }) => e.response)
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/field 'csv' too small/)
    })

    it("a run killed between writing a certificate and linking it converges on the rerun", async () => {
      const container = getContainer()
      const [cert] = await container
        .resolve<OcopTestService>("ocop")
        .listCertificates({ number: target.certificate.number })
      const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: target.handle })
      // The state such a crash leaves: the certificate stored, its link to the product missing, the product delisted.
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [Modules.PRODUCT]: { product_id: product.id },
        ocop: { certificate_id: cert.id },
      })
      await runWorkflow(container, OcopWorkflows.applyListingRule, { product_ids: [product.id] })
      expect(await listed()).not.toContain(target.handle)

      const rerun = await runWorkflow(container, OcopWorkflows.importCertificates, { source: "feed", rows })
      expect(rerun.counts).toEqual({ rejected: 0, relinked: 1, unchanged: rows.length - 1 })
      expect(await listed()).toContain(target.handle)
      const again = await runWorkflow(container, OcopWorkflows.importCertificates, { source: "feed", rows })
      expect(again.counts).toEqual({ rejected: 0, unchanged: rows.length })
    })

    it("serialises concurrent runs: their time windows do not overlap and the result is whole", async () => {
      const a = rows.map((r) => (r.product_handle === target.handle ? { ...r, authority: "Bản A" } : r))
      const b = rows.map((r) => (r.product_handle === target.handle ? { ...r, authority: "Bản B" } : r))
      const [ra, rb] = await Promise.all([
        runWorkflow(getContainer(), OcopWorkflows.importCertificates, { source: "feed", rows: a }),
        runWorkflow(getContainer(), OcopWorkflows.importCertificates, { source: "feed", rows: b }),
      ])
      const ocop = getContainer().resolve<OcopTestService>("ocop")
      const runs: Run[] = await ocop.listRegistryRuns({}, { order: { started_at: "ASC" } })
      const [first, second] = runs.slice(-2)
      expect(new Date(second.started_at).getTime()).toBeGreaterThanOrEqual(new Date(first.finished_at).getTime())
      expect([ra.counts.updated, rb.counts.updated]).toEqual([1, 1])
      const [cert] = await getContainer()
        .resolve<OcopTestService>("ocop")
        .listCertificates({ number: target.certificate.number })
      expect(["Bản A", "Bản B"]).toContain(cert.authority)
    })

    it("leftover: a nested sync takes the registry lock and waits, as a CSV import does, for the run holding it", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      const ocop = getContainer().resolve<OcopTestService>("ocop")
      const runsBefore = (await ocop.listRegistryRuns({}, {})).length
      // Another run holds the import lock (the key is the plugin's `REGISTRY_LOCK`).
      await locking.acquire("ocop:registry-import", { ownerId: "another-run", expire: 60 })
      registry.setRows(rows)
      const columns = Object.keys(rows[0])
      const csv = [
        columns.join(","),
        ...rows.map((r: Record<string, unknown>) =>
          columns.map((c) => (r[c] === null ? "" : `"${String(r[c]).replace(/"/g, '""')}"`)).join(","),
        ),
      ].join("\r\n")
      const settled: string[] = []
      const runs = [
        sync().then(() => settled.push("feed")),
        api.post("/admin/ocop/registry/import", { csv }, admin).then(() => settled.push("csv")),
      ]
      await new Promise((r) => setTimeout(r, 2500))
      expect(settled, "a run went ahead while another held the lock").toEqual([])
      expect((await ocop.listRegistryRuns({}, {})).length).toBe(runsBefore)

      const released = Date.now()
      await locking.release("ocop:registry-import", { ownerId: "another-run" })
      await Promise.all(runs)
      const [first, second] = (await ocop.listRegistryRuns({}, { order: { started_at: "ASC" } })).slice(runsBefore)
      expect(new Date(first.started_at).getTime()).toBeGreaterThanOrEqual(released)
      expect(new Date(second.started_at).getTime()).toBeGreaterThanOrEqual(new Date(first.finished_at).getTime())
    })

    it("leftover: an expiry pass killed between expiring a certificate and delisting its product converges on the rerun", async () => {
      const container = getContainer()
      const ocop = container.resolve<OcopTestService>("ocop")
      const [cert] = await ocop.listCertificates({ number: target.certificate.number })
      const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: target.handle })
      // The state such a kill leaves: the certificate marked expired, the listing rule not yet applied.
      await ocop.updateCertificates([{ id: cert.id, status: "expired" }])
      expect(await listed()).toContain(target.handle)

      const run = () => runWorkflow(container, OcopWorkflows.expireCertificates, { office_email: "office@ocop.local" })
      const rerun = await run()
      expect(await listed()).not.toContain(target.handle)
      expect(rerun.relisted).toEqual([product.id])
      expect((await run()).relisted).toEqual([])
    })

    it("the daily job sends each renewal notice once, then expires lapsed certificates and delists them", async () => {
      const soonest = [...data.products]
        .filter((p) => p.certificate.status === "active" && p.certificate.stars >= 3)
        .sort((x, y) => x.certificate.valid_until.localeCompare(y.certificate.valid_until))[0]
      const shift = (days: number) =>
        new Date(Date.parse(`${soonest.certificate.valid_until}T00:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10)
      const run = (at: string) =>
        runWorkflow(getContainer(), OcopWorkflows.expireCertificates, { at, office_email: "office@ocop.local" })

      const notice = await run(shift(-10))
      expect(notice.notified.map((c) => c.number)).toContain(soonest.certificate.number)
      expect(notice.expired).toEqual([])
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = await notifications.listNotifications({ template: "ocop-renewal-notice" })
      expect(sent.map((n) => n.to)).toContain("office@ocop.local")
      await run(shift(-9))
      expect((await notifications.listNotifications({ template: "ocop-renewal-notice" })).length).toBe(sent.length)
      expect(await listed()).toContain(soonest.handle)

      const lapsed = await run(shift(1))
      expect(lapsed.expired.map((c) => c.number)).toContain(soonest.certificate.number)
      expect(await listed()).not.toContain(soonest.handle)
    })
  },
})
