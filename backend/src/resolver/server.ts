import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import http from "node:http"
import { answerResolver, resolverConfig } from "./answer"
import { COMPRESSED_PATH } from "./compressed"
import { CORS_HEADERS, PREFLIGHT_HEADERS } from "./conformance"
import { resolverDescription } from "./description"

const RESOLVER_PATH = /^\/(01|p)\//
const DESCRIPTION_PATH = "/.well-known/gs1resolver"

let running: { server: http.Server; closing: boolean } | null = null
// While stopping, every answer closes its connection, so the listener drains instead of serving
// keep-alive clients until the process exits.
const closing = () => (running?.closing ? { connection: "close" } : {})

/**
 * The resolver's own listener, run by the resolver process (scripts/resolver.ts). Every request
 * through Medusa's HTTP stack pays for a session, an access log line and a request scope; a scan
 * needs none of them, and codes are scanned in bursts (a fair, a tour bus). Here a cached code
 * costs a lookup and a write, which keeps the resolver near a bare Node server (docs/benchmarks.md).
 * The answer is the same function Medusa's routes call (answer.ts). No access log: a scan's IP
 * address and user agent are personal data the project does not keep.
 */
export function startResolverServer(container: MedusaContainer, port: number, logger: Logger): http.Server {
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/"
    const at = url.indexOf("?")
    const path = at < 0 ? url : url.slice(0, at)
    const ours = RESOLVER_PATH.test(path) || COMPRESSED_PATH.test(path) || path === DESCRIPTION_PATH
    if (req.method === "OPTIONS" && ours) {
      res.writeHead(204, { ...PREFLIGHT_HEADERS, ...closing() })
      res.end()
      return
    }
    if ((req.method !== "GET" && req.method !== "HEAD") || !ours) {
      const allowed = req.method === "GET" || req.method === "HEAD"
      res.writeHead(allowed ? 404 : 405, { ...CORS_HEADERS, allow: "GET, HEAD, OPTIONS", ...closing() })
      res.end()
      return
    }
    if (path === DESCRIPTION_PATH) {
      const body = JSON.stringify(resolverDescription(resolverConfig().origin))
      res.writeHead(200, {
        ...CORS_HEADERS,
        "content-type": "application/json",
        "cache-control": "public, max-age=3600",
        "content-length": String(Buffer.byteLength(body)),
        ...closing(),
      })
      res.end(req.method === "HEAD" ? undefined : body)
      return
    }
    const search = at < 0 ? "" : url.slice(at + 1)
    answerResolver(container, {
      path,
      search,
      query: new URLSearchParams(search),
      header: (name) => {
        const value = req.headers[name.toLowerCase()]
        return Array.isArray(value) ? value[0] : value
      },
    }).then(
      (answer) => {
        const headers =
          answer.body === undefined
            ? { ...answer.headers, ...closing() }
            : { ...answer.headers, ...closing(), "content-length": String(Buffer.byteLength(answer.body)) }
        res.writeHead(answer.status, headers)
        res.end(req.method === "HEAD" ? undefined : answer.body)
      },
      (error: Error) => {
        // Before the application has finished loading, or the database is away: try again soon.
        logger.error(`traceability resolver: ${error.message}`)
        res.writeHead(503, { "retry-after": "1", "cache-control": "no-store", ...closing() })
        res.end()
      },
    )
  })
  server.keepAliveTimeout = 65_000
  server.listen(port, () => logger.info(`traceability resolver listening on port ${port}`))
  running = { server, closing: false }
  return server
}

/**
 * Stops taking scans and waits for the answers under way (at most `graceMs`), so that every scan
 * answered has been handed to the recorder before its last batch is written on shutdown.
 */
export function stopResolverServer(graceMs = 5000): Promise<void> {
  const current = running
  if (!current) return Promise.resolve()
  current.closing = true
  return new Promise((resolve) => {
    current.server.close(() => resolve())
    current.server.closeIdleConnections()
    setTimeout(() => current.server.closeAllConnections(), graceMs).unref()
  })
}
