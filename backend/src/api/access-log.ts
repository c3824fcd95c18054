import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * The backend's access log: one line per answer with what operations need to follow traffic and
 * errors (method, path, status, duration, Medusa's request id to match an error report) and no
 * more: no client address, no user agent, no referrer, no query string (a search, an e-mail, a
 * token may be in it). It replaces Medusa's own request log, which records the client's address
 * and user agent and stays off while LOG_LEVEL is "info" or above (the default `npm start`, the
 * Dockerfile and docker-compose.yml set; docs/compliance.md, "Logs").
 */
export function accessLog(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // As Medusa's own log: not under test runners, whose output it would bury.
  if (process.env.NODE_ENV === "test") return next()
  const started = process.hrtime.bigint()
  const path = (req.originalUrl ?? req.url).split("?")[0]
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const line = { method: req.method, path, status: res.statusCode, ms: Math.round(ms), request_id: req.requestId }
    req.scope.resolve("logger").info(`request ${JSON.stringify(line)}`)
  })
  next()
}
