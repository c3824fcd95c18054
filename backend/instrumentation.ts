import type { IncomingMessage, ServerResponse } from "node:http"
import onHeaders from "on-headers"
import { completeSecurityHeaders } from "./src/api/guards/security-headers"

type RequestHandlerHook = (
  handle: () => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
  handlerPath?: string,
) => Promise<void>

/**
 * `medusa start` loads this file before it creates its server, and passes every request through
 * `traceRequestHandler` (the hook its OpenTelemetry support uses) before Express sees it. That is the
 * only place that reaches every answer: the admin dashboard at `/app`, `/health`, CORS preflights and
 * the refusals Medusa sends before the application's middlewares run. Each answer gets the security
 * headers as its headers are written; a hook already installed (tracing) still runs.
 */
export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the hook lives on the module's exports object
  const start = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: RequestHandlerHook }
  const previous = start.traceRequestHandler
  start.traceRequestHandler = async (handle, req, res, handlerPath) => {
    onHeaders(res, () => completeSecurityHeaders(res))
    return previous ? previous(handle, req, res, handlerPath) : handle()
  }
}
