// The database of this run: the external one from DATABASE_URL, or the embedded one.
import path from "node:path"
import { assertReachable, parseDatabaseUrl } from "./env-check.mjs"
import { startEmbeddedPostgres } from "./postgres.mjs"

export async function startDatabase(settings, say) {
  if (settings.databaseUrl) {
    const { host, port } = parseDatabaseUrl(settings.databaseUrl)
    await assertReachable(
      { host, port },
      5000,
      `Cannot reach PostgreSQL at ${host}:${port} (DATABASE_URL). Start it, fix the URL, or unset DATABASE_URL to use the embedded database`,
    )
    say(`using external PostgreSQL at ${host}:${port}`)
    return { url: settings.databaseUrl, stop: async () => {} }
  }
  say(
    `starting embedded PostgreSQL on port ${settings.pgPort} (data in ${path.relative(settings.root, settings.dataDir)}/pg)`,
  )
  const db = await startEmbeddedPostgres({
    dataDir: path.join(settings.dataDir, "pg"),
    port: settings.pgPort,
    database: "ocop",
    password: settings.postgresPassword,
    log: (m) => say(`postgres: ${m}`),
  })
  say("PostgreSQL ready")
  return db
}
