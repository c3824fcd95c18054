// A scan storm in a process of its own: `clients` closed-loop scanners (keep-alive, one connection
// each) asking the resolver for `paths` in turn, half as a phone's browser and half as a machine.
// It runs in a child process at the lowest CPU priority, so that the timings taken by the caller's
// own event loop are not those of a thousand sockets in the same loop, and so that the generator —
// which stands for phones elsewhere — takes what the server leaves rather than the server's share.
import { fork } from "node:child_process"
import http from "node:http"
import os from "node:os"
import { fileURLToPath } from "node:url"

const BROWSER = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-language": "vi-VN,vi;q=0.9,en;q=0.8",
  "user-agent":
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
}
const MACHINE = { accept: "application/linkset+json" }

/** Starts the storm; `stop()` ends it and resolves `{ answered, failed, p50, p95, p99, seconds }`. */
export function startScanStorm({ resolverUrl, paths, clients }) {
  const child = fork(fileURLToPath(import.meta.url), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
  try {
    os.setPriority(child.pid, 19)
  } catch {
    // not permitted: the figures then include the generator's share of the CPU
  }
  const result = new Promise((resolve, reject) => {
    child.once("message", resolve)
    child.once("exit", (code) => reject(new Error(`the scan storm exited (${code}) without figures`)))
  })
  child.send({ resolverUrl, paths, clients })
  return {
    stop() {
      child.send("stop")
      return result
    },
  }
}

async function storm({ resolverUrl, paths, clients }) {
  const url = new URL(resolverUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients })
  const latencies = []
  let failed = 0
  let running = true
  process.on("message", (m) => m === "stop" && (running = false))
  const once = (p, headers) =>
    new Promise((resolve) => {
      const t = performance.now()
      const req = http.get({ host: url.hostname, port: url.port, path: p, agent, headers }, (res) => {
        res.resume()
        res.on("end", () => {
          if (res.statusCode === 307 || res.statusCode === 200) latencies.push(performance.now() - t)
          else failed++
          resolve()
        })
      })
      req.on("error", () => {
        failed++
        setTimeout(resolve, 100) // a phone tries again a little later
      })
    })
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, n) => {
      for (let i = n; running; i++) await once(paths[(i * 7 + n) % paths.length], i % 2 ? MACHINE : BROWSER)
    }),
  )
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN
  process.send(
    {
      answered: latencies.length,
      failed,
      seconds: (performance.now() - t0) / 1000,
      p50: pct(0.5),
      p95: pct(0.95),
      p99: pct(0.99),
    },
    () => process.exit(0),
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.once("message", (options) => void storm(options))
