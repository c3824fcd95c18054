import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "node:crypto"
import { cloneTemplate, saveTemplate, Templates, type Template } from "./template-databases"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0] & {
  /**
   * Start from the demo shop seeded once per run, and let `seedDemoShop` seed nothing. Only for
   * suites whose environment does not change what the seed writes: a payment provider or a search
   * mirror configured before the application boots would be missing from a shop seeded without it.
   */
  sharedDemoShop?: boolean
}

/** What the runner gives a suite: the booted application's HTTP client, its container and utilities. */
export type SuiteContext = Parameters<RunnerOptions["testSuite"]>[0]

/** What the suite of this file started from; one suite per file, and each file has its own modules. */
const suite = {
  database: "",
  startedFrom: null as Template | null,
  sharedDemoShop: false,
  settle: async () => {},
}

/**
 * Medusa's integration test runner, on a database copied from the run's template instead of one
 * migrated (and seeded) per file. The first suite of a run migrates as the runner always does and
 * leaves its database as the template; the runner then finds nothing to migrate in the copies.
 * Everything else (boot, snapshot after `beforeAll`, restore before each test) is the runner's own.
 */
export function integrationTestRunner({ sharedDemoShop = false, testSuite, ...options }: RunnerOptions) {
  suite.database = `ocop-it-suite-${randomUUID()}`
  suite.sharedDemoShop = sharedDemoShop
  beforeAll(async () => {
    const candidates = sharedDemoShop ? [Templates.demoShop, Templates.migrated] : [Templates.migrated]
    for (const template of candidates) {
      if (await cloneTemplate(template, suite.database)) {
        suite.startedFrom = template
        return
      }
    }
  })
  return medusaIntegrationTestRunner({
    ...options,
    dbName: suite.database,
    testSuite: (runner) => {
      suite.settle = runner.utils.waitWorkflowExecutions
      // Runs after the runner's own beforeAll (migrated, booted) and before the suite's.
      beforeAll(async () => {
        if (suite.startedFrom) return
        await suite.settle()
        await saveTemplate(suite.database, Templates.migrated)
      })
      testSuite(runner)
    },
  })
}

/** Whether this file's database already holds the shared demo shop, and how to make it the template. */
export const demoShopDatabase = () => ({
  seeded: suite.startedFrom === Templates.demoShop,
  shared: suite.sharedDemoShop,
  keep: async () => {
    await suite.settle()
    await saveTemplate(suite.database, Templates.demoShop)
  },
})
