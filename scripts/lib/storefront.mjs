// The Next.js storefront of `npm start`: built when its sources change, then served.
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

/** Builds the storefront if its sources (or the backend URL baked into image rules) changed. */
export async function prepareStorefront(settings, say) {
  const env = storefrontEnv(settings)
  // The backend URL is baked into the image rules at build time, so it is part of the fingerprint.
  const urlFile = path.join(settings.storefrontDir, ".next", "backend-url")
  const builtFor = fs.existsSync(urlFile) ? fs.readFileSync(urlFile, "utf8") : null
  if (builtFor !== null && builtFor !== env.MEDUSA_BACKEND_URL)
    fs.rmSync(path.join(settings.storefrontDir, ".next", ".ocop-build"), { force: true })
  await buildIfChanged(
    path.join(settings.storefrontDir, ".next"),
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
      await run(nextBin(settings), ["build"], {
        cwd: settings.storefrontDir,
        env,
        label: "storefront build",
        quiet: true,
      })
      fs.writeFileSync(urlFile, env.MEDUSA_BACKEND_URL)
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
