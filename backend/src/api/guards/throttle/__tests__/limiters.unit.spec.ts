import Redis from "ioredis"
import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import { RateLimiterRedis } from "rate-limiter-flexible"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { takeSignIn } from "../attempts"
import { createLimiters } from "../limiters"

/** A free TCP port on this machine. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

describe("auth limiters on Redis", () => {
  let redisServer: ChildProcess
  let port = 0
  const clients: Redis[] = []

  beforeAll(async () => {
    port = await freePort()
    redisServer = spawn("redis-server", [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
    ])
    await new Promise<void>((resolve, reject) => {
      redisServer.once("error", reject)
      redisServer.stdout!.on("data", (line) => /Ready to accept connections/.test(String(line)) && resolve())
    })
    for (let i = 0; i < 2; i++) clients.push(new Redis(`redis://127.0.0.1:${port}`, { enableOfflineQueue: false }))
    await Promise.all(clients.map((client) => new Promise((resolve) => client.once("ready", resolve))))
  })

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()))
    redisServer.kill()
  })

  it("finding 4: two backend instances share sign-in counts and the block", async () => {
    // One set of limiters per process, as two servers behind a load balancer hold them.
    const [serverA, serverB] = clients.map((redis) => createLimiters({ redis }))
    const account = "chia-se@example.vn"
    for (let i = 0; i < 3; i++) expect(await takeSignIn(serverA, account)).toBe(0)
    for (let i = 0; i < 2; i++) expect(await takeSignIn(serverB, account)).toBe(0)
    // The sixth attempt, whichever server takes it, blocks the account on both.
    const wait = await takeSignIn(serverA, account)
    expect(wait).toBeGreaterThan(14 * 60 * 1000)
    expect(await takeSignIn(serverB, account)).toBeGreaterThan(14 * 60 * 1000)
  })

  it("finding 4: with REDIS_URL set, the limiters each process builds count in Redis", async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`
    try {
      // A fresh module per "process": each builds its own limiters and its own connection.
      const built = []
      for (let i = 0; i < 2; i++) {
        vi.resetModules()
        built.push((await import("../limiters")).authLimiters())
      }
      const [serverA, serverB] = built
      expect(serverA.signInAccount).toBeInstanceOf(RateLimiterRedis)
      for (let i = 0; i < 5; i++) expect(await takeSignIn(i % 2 ? serverA : serverB, "qua-env@example.vn")).toBe(0)
      expect(await takeSignIn(serverB, "qua-env@example.vn")).toBeGreaterThan(0)
      for (const limiters of built) clients.push((limiters.signInAccount as unknown as { client: Redis }).client)
    } finally {
      delete process.env.REDIS_URL
    }
  })

  it("finding 4: without Redis, each process counts for itself", async () => {
    const [processA, processB] = [createLimiters({}), createLimiters({})]
    for (let i = 0; i < 5; i++) expect(await takeSignIn(processA, "rieng@example.vn")).toBe(0)
    expect(await takeSignIn(processA, "rieng@example.vn")).toBeGreaterThan(0)
    expect(await takeSignIn(processB, "rieng@example.vn")).toBe(0)
  })
})
