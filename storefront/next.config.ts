import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const backend = new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
/**
 * Where product photos are read when the backend keeps files in an S3 bucket (its S3_FILE_URL, the
 * address it gives the photos); without it they come from the backend's /static.
 */
const files = process.env.S3_FILE_URL ? new URL(process.env.S3_FILE_URL) : null
const isLocal = (url: URL) => ["localhost", "127.0.0.1", "::1"].includes(url.hostname)
/** The map's tile server, as a CSP source: its `{s}` subdomain placeholder becomes a wildcard. */
const tiles = (process.env.NEXT_PUBLIC_MAP_TILES_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  .match(/^https?:\/\/[^/]+/)?.[0]
  .replace("{s}", "*")

/**
 * What pages may load: scripts, styles and fonts from the shop itself; images also from the backend
 * and the file bucket (product photos), the tile server and data URLs (Leaflet, QR codes). Inline scripts stay allowed:
 * Next's pages are prerendered and cached, and a per-request nonce would make every page dynamic.
 * Framing is refused everywhere. Read at build, like the image patterns above.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${backend.origin} ${files?.origin ?? ""} ${tiles ?? ""}`.replace(/ +/g, " ").trim(),
  "font-src 'self'",
  `connect-src 'self' ${backend.origin}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Browsers ignore HSTS over http, and a local http shop must never be told to upgrade.
  ...((process.env.STOREFRONT_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The proxy redirects trailing slashes itself, except on the resolver's paths (src/proxy.ts).
  skipTrailingSlashRedirect: true,
  // Cached pages tell shared caches (a CDN, a proxy) to serve them stale for at most 5 minutes
  // instead of Next's default year: a revoked product must not linger in a cache the backend's
  // revalidation call cannot reach (docs/operations.md).
  expireTime: 300,
  headers: async () => [{ source: "/:path*", headers: securityHeaders }],
  images: {
    // WebP only: AVIF encoding costs about 1 s of CPU per image on a 2-core server.
    formats: ["image/webp"],
    // Product pictures are drawn or uploaded at 800 px at most: wider variants would only repeat it,
    // and every width is one more entry in each picture's srcset, twice in every page's HTML.
    deviceSizes: [640, 828, 1080, 1200],
    imageSizes: [96, 256, 384],
    remotePatterns: [
      {
        protocol: backend.protocol.replace(":", "") as "http" | "https",
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
      ...(files
        ? [
            {
              protocol: files.protocol.replace(":", "") as "http" | "https",
              hostname: files.hostname,
              port: files.port,
              pathname: `${files.pathname.replace(/\/+$/, "")}/**`,
            },
          ]
        : []),
    ],
    // The embedded mode serves product images from the backend on localhost (and docker-compose.yml's
    // defaults from MinIO on localhost), which Next refuses to optimise unless told that this is intended.
    dangerouslyAllowLocalIP: isLocal(backend) || (files !== null && isLocal(files)),
  },
}

// Messages per locale: src/i18n/request.ts (routing: src/i18n/routing.ts, proxy: src/proxy.ts).
export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
