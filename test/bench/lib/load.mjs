// A closed-loop HTTP load generator: `connections` keep-alive clients each send a request as soon
// as the previous answer has been read, for `seconds`. Small on purpose (no dependency): it reports
// throughput, latency percentiles and non-2xx answers, which is all the page benchmarks need.
import http from "node:http"

export async function load(url, { connections = 16, seconds = 10, headers = {} } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let errors = 0
  let bytes = 0
  const end = performance.now() + seconds * 1000
  const one = () =>
    new Promise((resolve) => {
      const t = performance.now()
      const req = http.get(url, { agent, headers }, (res) => {
        res.on("data", (chunk) => (bytes += chunk.length))
        res.on("end", () => {
          if (res.statusCode >= 400) errors++
          latencies.push(performance.now() - t)
          resolve()
        })
      })
      req.on("error", () => {
        errors++
        resolve()
      })
    })
  const client = async () => {
    while (performance.now() < end) await one()
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: connections }, client))
  const elapsed = (performance.now() - t0) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: pct(0.5),
    p99: pct(0.99),
    errors,
    kbPerRequest: bytes / 1024 / Math.max(1, latencies.length),
  }
}
