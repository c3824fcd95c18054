import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listenForForgottenFacts } from "../resolver/facts-channel"
import { flushScans } from "../resolver/scan-recorder"
import { startResolverServer, stopResolverServer } from "../resolver/server"

/**
 * The traceability resolver as a process of its own (`medusa exec ./src/scripts/resolver.js`), so a
 * scan storm cannot starve checkouts in the backend (decision 029). It loads the application's
 * modules without its routes, subscribers or jobs, shares only the database with the backend, and
 * runs until SIGTERM or SIGINT: then it stops taking scans, writes the last batch and exits.
 */
export default async function resolver({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const port = Number(process.env.TRACE_RESOLVER_PORT)
  if (!Number.isInteger(port) || port <= 0) throw new Error("TRACE_RESOLVER_PORT must name the resolver's port")
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("DATABASE_URL must name the database the backend uses")
  const changes = listenForForgottenFacts(databaseUrl, logger)
  startResolverServer(container, port, logger)
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => resolve())
  })
  await stopResolverServer()
  await flushScans()
  await changes.close()
}
