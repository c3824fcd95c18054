import { integrationTestRunner } from "../helpers/runner"
import { cartListingSuite } from "./shop-reads/cart-listing"
import { englishTextsSuite } from "./shop-reads/english"
import { searchSuite } from "./shop-reads/search"
import { securityHeadersSuite } from "./shop-reads/security-headers"

/**
 * Four short suites on one booted shop (the shared demo shop): booting Medusa costs about 10 s a
 * file, more than these suites' tests together. Each suite registers its hooks at the file's top
 * level, so that every `beforeAll` has run before the runner snapshots the database at the first
 * test, and each test starts from that snapshot whichever suite it belongs to.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: (context) => {
    securityHeadersSuite(context)
    cartListingSuite(context)
    englishTextsSuite(context)
    searchSuite(context)
  },
})
