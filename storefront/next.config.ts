import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const backend = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
const isLocalBackend = ["localhost", "127.0.0.1", "::1"].includes(backend.hostname)

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cached pages tell shared caches (a CDN, a proxy) to serve them stale for at most 5 minutes
  // instead of Next's default year: a revoked product must not linger in a cache the backend's
  // revalidation call cannot reach (docs/operations.md).
  expireTime: 300,
  images: {
    // WebP only: AVIF encoding costs about 1 s of CPU per image on a 2-core server.
    formats: ["image/webp"],
    remotePatterns: [
      {
        protocol: backend.protocol.replace(":", "") as "http" | "https",
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
    ],
    // The embedded mode serves product images from the backend on localhost,
    // which Next refuses to optimise unless told that this is intended.
    dangerouslyAllowLocalIP: isLocalBackend,
  },
}

// Messages per locale: src/i18n/request.ts (routing: src/i18n/routing.ts, proxy: src/proxy.ts).
export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
