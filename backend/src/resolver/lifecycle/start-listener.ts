import type { LoaderOptions } from "@medusajs/framework/types"
import { startResolverServer } from "../server"

/**
 * Starts the resolver's own listener in the process that serves HTTP, when TRACE_RESOLVER_PORT is
 * set (`npm start` sets it for the server only, never for `medusa exec` scripts or a worker).
 */
export default async function startListener({ logger }: LoaderOptions) {
  const port = Number(process.env.TRACE_RESOLVER_PORT)
  if (!port || process.env.MEDUSA_WORKER_MODE === "worker") return
  startResolverServer(port, logger!)
}
