// The Next.js storefront of `npm start`: built when its sources change, then served.
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { buildIfChanged } from "./state.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"

function nextBin(settings) {
  const local = path.join(settings.storefrontDir, "node_modules", ".bin", "next")
  return fs.existsSync(local) ? local : path.join(settings.root, "node_modules", ".bin", "next")
}

function storefrontEnv(settings, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${settings.backendPort}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${settings.storefrontPort}`,
    STOREFRONT_REVALIDATE_SECRET: settings.revalidateSecret,
    // QR codes' paths (/01/…, /p/…) go to the backend's resolver listener (src/proxy.ts).
    TRACE_RESOLVER_URL: process.env.TRACE_RESOLVER_URL || `http://localhost:${settings.resolverPort}`,
    ...extra,
  }
}

/**
 * Which shop a build of the storefront serves: the backend URL (baked into the image rules at build)
 * and the data directory with its secret (a hash, never the secret). Next keeps the pages it renders
 * and the answers it fetched in `.next`, beside the build: a build made for another shop — another
 * data directory, or the same one wiped and seeded anew — would show that shop's cached pages (a
 * product revoked there, prices, policies) until each expires.
 */
function builtFor(settings, env) {
  const shop = createHash("sha256").update(`${settings.dataDir}\0${settings.revalidateSecret}`).digest("hex")
  return `${env.MEDUSA_BACKEND_URL}\n${shop.slice(0, 16)}`
}

/** Builds the storefront if its sources changed or it served another shop (see builtFor). */
export async function prepareStorefront(settings, say) {
  const env = storefrontEnv(settings)
  const next = path.join(settings.storefrontDir, ".next")
  const markerFile = path.join(next, "built-for")
  const marker = builtFor(settings, env)
  const previous = fs.existsSync(markerFile) ? fs.readFileSync(markerFile, "utf8") : null
  if (previous !== null && previous !== marker) fs.rmSync(path.join(next, ".ocop-build"), { force: true })
  await buildIfChanged(
    next,
    [
      path.join(settings.storefrontDir, "src"),
      path.join(settings.storefrontDir, "messages"),
      path.join(settings.storefrontDir, "next.config.ts"),
      path.join(settings.storefrontDir, "server.mjs"),
      path.join(settings.storefrontDir, "package.json"),
      path.join(settings.root, "packages/core/src"),
      path.join(settings.root, "package-lock.json"),
    ],
    async () => {
      say("building the storefront")
      // Next keeps fetched answers across builds and prerenders from them: another shop's must go.
      fs.rmSync(path.join(next, "cache", "fetch-cache"), { recursive: true, force: true })
      await run(nextBin(settings), ["build"], {
        cwd: settings.storefrontDir,
        env,
        label: "storefront build",
        quiet: true,
      })
      fs.writeFileSync(markerFile, marker)
    },
  )
}

export async function startStorefront(settings, backend, say) {
  say(`starting the storefront on port ${settings.storefrontPort}`)
  const env = storefrontEnv(settings, { MEDUSA_PUBLISHABLE_KEY: backend.publishableKey })
  // Next's handler behind the storefront's own server (storefront/server.mjs), as in production.
  const child = startService(process.execPath, ["server.mjs"], {
    cwd: settings.storefrontDir,
    env: { ...env, PORT: String(settings.storefrontPort) },
    label: "storefront",
  })
  await waitForHttp(`http://localhost:${settings.storefrontPort}/`, { child, timeoutMs: 60_000, label: "storefront" })
  say("storefront ready")
}
