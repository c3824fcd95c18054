// Fail-fast checks of the environment, each with a message that says what to fix.
import net from "node:net"

export class ConfigError extends Error {}

/** Parses a PostgreSQL URL or explains what is wrong with it. */
export function parseDatabaseUrl(value) {
  let url
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a URL: ${JSON.stringify(redact(value))}. Expected postgres://user:password@host:5432/database`,
    )
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got ${url.protocol}//`)
  }
  if (!url.hostname)
    throw new ConfigError("DATABASE_URL has no host. Expected postgres://user:password@host:5432/database")
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!database) throw new ConfigError("DATABASE_URL names no database: add /<database> after the host and port")
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) {
    throw new ConfigError(`DATABASE_URL has an invalid port ${url.port}`)
  }
  return { host: url.hostname, port: Number(url.port || 5432), database }
}

/** Parses a Redis URL or explains what is wrong with it. */
export function parseRedisUrl(value) {
  let url
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`REDIS_URL is not a URL: ${JSON.stringify(redact(value))}. Expected redis://host:6379`)
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got ${url.protocol}//`)
  }
  if (!url.hostname) throw new ConfigError("REDIS_URL has no host")
  return { host: url.hostname, port: Number(url.port || 6379), tls: url.protocol === "rediss:" }
}

/**
 * Checks a Meilisearch address. It is not required to answer at start: search falls back to
 * PostgreSQL while the mirror is away and the mirror catches up when it returns (decision 008).
 */
export function parseMeilisearchHost(value) {
  let url
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(
      `MEILISEARCH_HOST is not a URL: ${JSON.stringify(redact(value))}. Expected http://host:7700 or https://…`,
    )
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`MEILISEARCH_HOST must start with http:// or https://, got ${url.protocol}//`)
  }
  if (!url.hostname) throw new ConfigError("MEILISEARCH_HOST has no host")
  return url
}

/** Resolves when nothing listens on `port`; rejects with advice when something does. */
export function assertPortFree(port, what, variable) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (err) => {
      const advice = `Stop whatever uses it, or choose another port with ${variable}=<port>.`
      reject(
        new ConfigError(
          err.code === "EADDRINUSE"
            ? `Port ${port} for the ${what} is already in use. ${advice}`
            : `Cannot listen on port ${port} for the ${what}: ${err.message}. ${advice}`,
        ),
      )
    })
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve()))
  })
}

/** Connects to `host:port` within `timeoutMs`, or rejects with `message`. */
export function assertReachable({ host, port }, timeoutMs, message) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    const fail = (why) => {
      socket.destroy()
      reject(new ConfigError(`${message} (${why})`))
    }
    socket.setTimeout(timeoutMs, () => fail(`no answer within ${timeoutMs} ms`))
    socket.once("error", (err) => fail(err.code || err.message))
    socket.once("connect", () => {
      socket.end()
      resolve()
    })
  })
}

function redact(value) {
  return String(value).replace(/\/\/([^:@/]*):([^@/]*)@/, "//$1:***@")
}
