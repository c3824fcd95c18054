import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { s3FileOptions } from "../../backend/src/config/files"

// No Docker engine runs on these machines, so the deployment file is checked by
// reading it: the services, their wiring, health checks and secret handling.
const root = path.resolve(__dirname, "../..")
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true })
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8")
const services = compose.services as Record<string, Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any

describe("docker-compose.yml", () => {
  it("describes the distributed deployment", () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        "buckets",
        "meilisearch",
        "migrate",
        "minio",
        "postgres",
        "redis",
        "resolver",
        "server",
        "storefront",
        "worker",
      ].sort(),
    )
  })

  it("keeps no client address in logs and rotates every container's output (docs/compliance.md)", () => {
    for (const s of [services.server, services.worker, services.resolver, services.migrate])
      expect(s.environment.LOG_LEVEL).toBe("${LOG_LEVEL:-info}")
    expect(dockerfile).toMatch(/ENV NODE_ENV=production PORT=9000 LOG_LEVEL=info/)
    for (const [name, s] of Object.entries(services).filter(([n]) => n !== "buckets"))
      expect(s.logging, name).toEqual({ driver: "json-file", options: { "max-size": "10m", "max-file": "5" } })
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

  it("keeps uploaded files in MinIO, which every server and the worker share, and none on their disks", () => {
    const { server, worker, minio, buckets, storefront } = services
    for (const s of [server, worker]) {
      expect(s.environment).toMatchObject({
        S3_ENDPOINT: "http://minio:9000",
        S3_FORCE_PATH_STYLE: "true",
        S3_BUCKET: "ocop-public",
        S3_PRIVATE_BUCKET: "ocop-private",
      })
      expect(s.environment.S3_ACCESS_KEY_ID).toBe("${S3_ACCESS_KEY_ID:?set S3_ACCESS_KEY_ID}")
      // Private files were kept here on each server's own disk; nothing is any longer.
      expect(s.environment.PRIVATE_UPLOAD_DIR).toBeUndefined()
      expect(s.volumes).toBeUndefined()
      expect(s.depends_on.buckets.condition).toBe("service_completed_successfully")
    }
    expect(server.environment.S3_FILE_URL).toBe(worker.environment.S3_FILE_URL)
    // The storefront's pages may show photos from the address the backend gives them.
    expect(storefront.build.args.S3_FILE_URL).toBe(server.environment.S3_FILE_URL)
    expect(minio.volumes).toEqual(["miniodata:/data"])
    expect(compose.volumes).toHaveProperty("miniodata")
    expect(compose.volumes).not.toHaveProperty("uploads")
    expect(buckets.depends_on.minio.condition).toBe("service_healthy")
    // The backend's own reading of these settings, with compose's defaults and a value for each secret.
    const env = Object.fromEntries(
      Object.entries(server.environment as Record<string, string>).map(([name, value]) => [
        name,
        value.replace(/\$\{(\w+):([-?])([^}]*)\}/g, (_, variable, kind, rest) =>
          kind === "-" ? rest : `${variable.toLowerCase()}-value`,
        ),
      ]),
    )
    expect(s3FileOptions(env)).toEqual({
      bucket: "ocop-public",
      private_bucket: "ocop-private",
      file_url: "http://localhost:9100/ocop-public",
      region: "us-east-1",
      endpoint: "http://minio:9000",
      access_key_id: "s3_access_key_id-value",
      secret_access_key: "s3_secret_access_key-value",
      force_path_style: true,
    })
  })

  it("lets anyone download from the public bucket only, and gives the backend keys to the two buckets alone", () => {
    const script = services.buckets.command.join("\n")
    expect(script).toContain("mc mb --ignore-existing store/ocop-public store/ocop-private")
    expect(script).toContain("mc anonymous set download store/ocop-public")
    expect(script).toContain("mc anonymous set none store/ocop-private")
    expect(script.match(/mc anonymous set \w+ \S+/g)).toEqual([
      "mc anonymous set download store/ocop-public",
      "mc anonymous set none store/ocop-private",
    ])
    const policy = JSON.parse(script.slice(script.indexOf("{"), script.lastIndexOf("}") + 1))
    const resources = policy.Statement.flatMap((s: { Resource: string[] }) => s.Resource)
    expect(new Set(resources)).toEqual(
      new Set([
        "arn:aws:s3:::ocop-public/*",
        "arn:aws:s3:::ocop-private/*",
        "arn:aws:s3:::ocop-public",
        "arn:aws:s3:::ocop-private",
      ]),
    )
    expect(script).toContain('mc admin policy attach store ocop-files --user "$$S3_ACCESS_KEY_ID"')
  })

  it("builds its images from the repository's Dockerfile targets", () => {
    for (const name of ["migrate", "server", "resolver", "worker", "storefront"]) {
      const target = services[name].build.target
      expect(dockerfile).toMatch(new RegExp(`^FROM .* AS ${target}$`, "m"))
    }
  })

  it("gates start-up on health: migrations after the database, servers after migrations", () => {
    for (const name of ["postgres", "redis", "meilisearch", "minio", "server", "resolver", "worker", "storefront"]) {
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
      "MINIO_ROOT_USER",
      "MINIO_ROOT_PASSWORD",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
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
