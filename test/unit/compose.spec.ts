import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

// No Docker engine runs on these machines, so the deployment file is checked by
// reading it: the services, their wiring, health checks and secret handling.
const root = path.resolve(__dirname, "../..")
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true })
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8")
const services = compose.services as Record<string, Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any

describe("docker-compose.yml", () => {
  it("describes the distributed deployment", () => {
    expect(Object.keys(services).sort()).toEqual(
      ["meilisearch", "migrate", "postgres", "redis", "resolver", "server", "storefront", "worker"].sort(),
    )
  })

  it("runs Medusa as scalable servers plus one worker on the same database, Redis and Meilisearch", () => {
    const { server, worker } = services
    expect(server.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(worker.environment.MEDUSA_WORKER_MODE).toBe("worker")
    expect(worker.deploy.replicas).toBe(1)
    for (const s of [server, worker, services.migrate]) {
      expect(s.environment.DATABASE_URL).toMatch(/@postgres:5432\/ocop$/)
      expect(s.environment.REDIS_URL).toBe("redis://redis:6379")
      expect(s.environment.MEILISEARCH_HOST).toBe("http://meilisearch:7700")
    }
    expect(services.storefront.environment.MEDUSA_BACKEND_URL).toBe("http://server:9000")
  })

  it("runs the resolver as its own scalable service on the same database, which the storefront forwards codes to", () => {
    const { resolver, server, storefront } = services
    expect(resolver.command).toEqual(["npx", "medusa", "exec", "./src/scripts/resolver.js"])
    expect(resolver.environment.TRACE_RESOLVER_PORT).toBe("9001")
    expect(resolver.environment.DATABASE_URL).toBe(server.environment.DATABASE_URL)
    expect(resolver.environment.TRACE_TOKEN_SECRET).toBe(server.environment.TRACE_TOKEN_SECRET)
    expect(resolver.deploy.replicas).toBeGreaterThanOrEqual(2)
    expect(server.environment.TRACE_RESOLVER_PORT).toBeUndefined()
    expect(storefront.environment.TRACE_RESOLVER_URL).toBe("http://resolver:9001")
    expect(storefront.depends_on.resolver.condition).toBe("service_healthy")
    expect(resolver.healthcheck.test.join(" ")).toContain("localhost:9001/.well-known/gs1resolver")
  })

  it("lets the worker expire the storefront's cache over the internal network, with the shared secret", () => {
    const { worker, storefront } = services
    expect(worker.environment.STOREFRONT_REVALIDATE_URL).toBe("http://storefront:8000")
    expect(worker.environment.STOREFRONT_REVALIDATE_SECRET).toBe(storefront.environment.STOREFRONT_REVALIDATE_SECRET)
  })

  it("builds its images from the repository's Dockerfile targets", () => {
    for (const name of ["migrate", "server", "resolver", "worker", "storefront"]) {
      const target = services[name].build.target
      expect(dockerfile).toMatch(new RegExp(`^FROM .* AS ${target}$`, "m"))
    }
  })

  it("gates start-up on health: migrations after the database, servers after migrations", () => {
    for (const name of ["postgres", "redis", "meilisearch", "server", "resolver", "worker", "storefront"]) {
      expect(services[name].healthcheck?.test, `${name} health check`).toBeDefined()
    }
    expect(services.migrate.depends_on.postgres.condition).toBe("service_healthy")
    expect(services.server.depends_on.migrate.condition).toBe("service_completed_successfully")
    expect(services.worker.depends_on.migrate.condition).toBe("service_completed_successfully")
    expect(services.resolver.depends_on.migrate.condition).toBe("service_completed_successfully")
  })

  it("takes every secret from the environment and refuses to start without it", () => {
    const text = fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8")
    const secrets = [
      "POSTGRES_PASSWORD",
      "JWT_SECRET",
      "COOKIE_SECRET",
      "MEILI_MASTER_KEY",
      "STOREFRONT_REVALIDATE_SECRET",
      "VIETQR_WEBHOOK_SECRET",
      "TRACE_TOKEN_SECRET",
      "ORDER_ACCESS_SECRET",
    ]
    for (const secret of secrets) {
      expect(text).toContain(`\${${secret}:?`)
    }
    expect(services.server.environment.JWT_SECRET).not.toMatch(/supersecret|changeme/)
  })

  it("never turns on the VietQR demo account by itself", () => {
    // Without an account of its own the backend must refuse to start, not show demo codes.
    for (const name of ["migrate", "server", "resolver", "worker"])
      expect(services[name].environment.VIETQR_DEMO).toBe("false")
  })
})
