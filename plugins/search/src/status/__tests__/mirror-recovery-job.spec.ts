import http from "node:http"
import type { AddressInfo } from "node:net"
import type { MedusaContainer } from "@medusajs/framework/types"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import meilisearchMirrorRecovery from "../../jobs/meilisearch-mirror-recovery"
import { RecoveryBackoff } from "../recovery-backoff"

const MINUTE = 60_000

/** Meilisearch's `/health` alone, on a port that can be closed (unreachable) and opened again. */
function healthServer() {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === "/health" ? 200 : 404, { "content-type": "application/json" })
    res.end(JSON.stringify({ status: "available" }))
  })
  let port = 0
  return {
    url: () => `http://127.0.0.1:${port}`,
    open: () =>
      new Promise<void>((r) =>
        server.listen(port, "127.0.0.1", () => ((port = (server.address() as AddressInfo).port), r())),
      ),
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** The Search Module with the mirror's index in `status`, counting the rebuilds (index versions) asked for. */
function shop(status: () => string) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const search = {
    listIndexes: async () => [{ name: "product_meili", status: status() }],
    reindex: vi.fn(async () => []),
  }
  const container = { resolve: (key: string) => (key === "logger" ? logger : search) } as unknown as MedusaContainer
  return { container, logger, search }
}

describe("the scheduled recovery of the Meilisearch mirror", () => {
  const meili = healthServer()
  const env = { ...process.env }
  beforeAll(async () => {
    await meili.open()
    process.env.MEILISEARCH_HOST = meili.url()
    process.env.MEILISEARCH_TIMEOUT_MS = "1000"
    // Only the clock is faked: the health check's real HTTP request keeps its real timeout.
    vi.useFakeTimers({ toFake: ["Date"] })
  })
  afterEach(() => vi.setSystemTime(Date.now() + 60 * MINUTE))
  afterAll(async () => {
    vi.useRealTimers()
    process.env = env
    await meili.close().catch(() => {})
  })

  it("leftover: while Meilisearch is down it builds no index version, backs off and logs the outage once", async () => {
    let status = "error"
    const { container, logger, search } = shop(() => status)
    await meili.close()
    // Every minute for an hour, as the job's cron runs it.
    for (let minute = 0; minute < 60; minute++) {
      await meilisearchMirrorRecovery(container)
      vi.setSystemTime(Date.now() + MINUTE)
    }
    expect(search.reindex).not.toHaveBeenCalled()
    expect(logger.warn).toHaveBeenCalledTimes(1)
    expect(logger.warn.mock.calls[0][0]).toMatch(/\[meilisearch\] unreachable \(.*ECONNREFUSED.*\)/)

    // Back up: the next due tick rebuilds once, says so once, and the pace is every tick again.
    await meili.open()
    vi.setSystemTime(Date.now() + 30 * MINUTE)
    await meilisearchMirrorRecovery(container)
    expect(search.reindex).toHaveBeenCalledTimes(1)
    expect(search.reindex).toHaveBeenCalledWith({ index: "product_meili", strategy: "swap" })
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/answers again after \d+ unanswered checks/))
    status = "ready"
    vi.setSystemTime(Date.now() + MINUTE)
    await meilisearchMirrorRecovery(container)
    expect(search.reindex).toHaveBeenCalledTimes(1)
    expect(logger.warn).toHaveBeenCalledTimes(1)
  })

  it("waits 1, 2, 4, 8, 16 and then 30 minutes between checks during an outage", () => {
    let now = 0
    const backoff = new RecoveryBackoff(() => now)
    const waits: number[] = []
    for (let miss = 0; miss < 8; miss++) {
      expect(backoff.due()).toBe(true)
      expect(backoff.missed()).toBe(miss === 0)
      waits.push(backoff.delayMs() / MINUTE)
      now += backoff.delayMs() - 1
      expect(backoff.due()).toBe(false)
      now += 1
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30, 30])
    expect(backoff.answered()).toBe(8)
    expect(backoff.due()).toBe(true)
  })
})
