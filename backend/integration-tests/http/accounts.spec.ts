import { integrationTestRunner } from "../helpers/runner"
import { dataRightsSuite } from "./accounts/data-rights"
import { policiesSuite } from "./accounts/policies"
import { producerWorkspaceSuite } from "./accounts/producer-workspace"

/**
 * Suites of accounts: policies and consent, data rights, a producer's workspace, on one booted shop (the shared demo shop), as shop-reads.spec.ts explains: each
 * registers its hooks at the file's top level, and each test starts from the runner's snapshot.
 */
integrationTestRunner({
  inApp: true,
  sharedDemoShop: true,
  env: {},
  testSuite: (context) => {
    policiesSuite(context)
    dataRightsSuite(context)
    producerWorkspaceSuite(context)
  },
})
