import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const root = path.resolve(__dirname, "../..")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-env-"))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/** Runs `npm start`'s script with a bad environment; it must stop fast with advice. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const t0 = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: {
        ...process.env,
        OCOP_DATA_DIR: dataDir,
        BACKEND_PORT: "19500",
        STOREFRONT_PORT: "19501",
        PG_PORT: "19502",
        ...env,
      },
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => resolve({ code, output, ms: Date.now() - t0 }))
  })
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

describe("npm start with a bad environment fails fast and says what to fix", () => {
  it("malformed DATABASE_URL", async () => {
    const r = await start({ DATABASE_URL: "localhost:5432/ocop" })
    expect(r.code).toBe(1)
    expect(r.output).toMatch(/DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//)
    const r2 = await start({ DATABASE_URL: "postgres://user:secret@db.example" })
    expect(r2.output).toMatch(/DATABASE_URL names no database/)
    expect(r2.output).not.toContain("secret")
  })

  it("unreachable PostgreSQL", async () => {
    const port = await closedPort()
    const r = await start({ DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/ocop` })
    expect(r.code).toBe(1)
    expect(r.output).toContain(`Cannot reach PostgreSQL at 127.0.0.1:${port} (DATABASE_URL)`)
  })

  it("port already in use", async () => {
    const server = net.createServer().listen(19500)
    try {
      const r = await start({})
      expect(r.code).toBe(1)
      expect(r.output).toContain("Port 19500 for the backend is already in use")
      expect(r.output).toContain("BACKEND_PORT=<port>")
    } finally {
      server.close()
    }
  })

  it("unreachable Redis", async () => {
    const port = await closedPort()
    const r = await start({ REDIS_URL: `redis://127.0.0.1:${port}` })
    expect(r.code).toBe(1)
    expect(r.output).toContain(`Cannot reach Redis at 127.0.0.1:${port} (REDIS_URL)`)
    expect(r.ms).toBeLessThan(15_000)
  })

  it("a malformed Meilisearch address or timeout", async () => {
    const r = await start({ MEILISEARCH_HOST: "meili:7700" })
    expect(r.code).toBe(1)
    expect(r.output).toContain("MEILISEARCH_HOST must start with http:// or https://")
    const r2 = await start({ MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_TIMEOUT_MS: "soon" })
    expect(r2.code).toBe(1)
    expect(r2.output).toContain("MEILISEARCH_TIMEOUT_MS=soon is not a number of milliseconds")
  })

  it("an invalid port number", async () => {
    const r = await start({ BACKEND_PORT: "90000" })
    expect(r.code).toBe(1)
    expect(r.output).toContain("BACKEND_PORT=90000 is not a TCP port")
  })
})
