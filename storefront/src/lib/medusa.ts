import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * The Medusa client of server components. The publishable key is read at run
 * time (not inlined at build) because `npm start` creates it when it seeds.
 */
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  // One client serves every visitor: it must never remember a customer's token. Calls made for a
  // customer pass it explicitly (lib/data/session.ts).
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
