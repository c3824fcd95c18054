/**
 * The browser test files that may run two at a time (the "isolated" project of playwright.config.ts):
 * each changes nothing another file reads, and reads nothing another file of this list changes. Every
 * other file runs one at a time, before these, in the "shared-state" project; test/README.md says why
 * each of those is there. A file joins this list only with its reason, checked against every file
 * already in it: it may change only what is its own (its cart, its account, its business, a serial
 * issued for it), and may read the catalogue, certificates, stock and counters only as the seed left
 * them, since no file here changes them.
 *
 * Per-address throttles (decision 018): every browser request reaches the backend from this machine's
 * one address, and that is the same whichever way the files run. A file here may use a per-address
 * budget (a registration, a reset e-mail, an order lookup) but never assert that one is reached: the
 * one file that does (phone-report.e2e.ts, counterfeit reports) is in "shared-state".
 */
export const ISOLATED_FILES: Record<string, string> = {
  // The shop's pages under axe-core; its cart is its own.
  "accessibility.e2e.ts": "reads pages; a cart of its own",
  // Orders of the seed's fish sauce, which no file counts; a new account; one order lookup.
  "checkout.e2e.ts": "its own carts, orders and account",
  "english.e2e.ts": "reads pages",
  // An account of its own and a reset e-mail, found by its own address.
  "password-reset.e2e.ts": "its own account and reset e-mail",
  // Its own accounts (registered from addresses of their own) and business profiles, without an
  // OCOP subject; reads the seed's first verified business and its fairs.
  "phone-business.e2e.ts": "its own accounts and business profiles",
  "phone-catalogue.e2e.ts": "reads the catalogue and its facet counts",
  // Orders of the seed's fish sauce from carts of its own, one awaiting a VietQR transfer that only
  // its own reference matches.
  "phone-checkout.e2e.ts": "its own carts and orders",
  "phone-header.e2e.ts": "reads pages",
  // A guest order of its own (placed from an address of its own) found twice by its number.
  "phone-order-lookup.e2e.ts": "its own order; two order lookups",
  // Accounts of its own, corrected, exported and erased; no order.
  "phone-personal-data.e2e.ts": "its own accounts",
  // Carts of its own; reads the seed's fish sauce, its sales points and a product withdrawn from sale.
  "phone-product.e2e.ts": "reads product pages; a cart of its own",
  // Serials issued for it alone (freshLabelUrl), scanned and counted per serial.
  "phone-scan.e2e.ts": "its own serials; reads certificates as seeded",
  "phone-search.e2e.ts": "reads search",
  "resolver-conformance.e2e.ts": "reads the resolver's answers",
  "security-headers.e2e.ts": "reads headers; the admin's sign-in succeeds",
  "shop.e2e.ts": "reads the catalogue",
  // Malformed input refused before anything is written: no answer reaches a throttled route.
  "storefront-bad-input.e2e.ts": "writes nothing",
  // The seed's labels 10–12 of lot NM2610, which no other file scans; two serials it issues itself.
  "trace.e2e.ts": "scans serials no other file scans",
}

/** Matches the files of the isolated project, by name. */
export const ISOLATED = new RegExp(
  `/(${Object.keys(ISOLATED_FILES)
    .map((f) => f.replace(/\./g, "\\."))
    .join("|")})$`,
)
