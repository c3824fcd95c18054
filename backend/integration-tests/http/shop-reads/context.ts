import type { integrationTestRunner } from "../../helpers/runner"

/** What the runner gives a suite: the booted application's HTTP client and its container. */
export type SuiteContext = Parameters<Parameters<typeof integrationTestRunner>[0]["testSuite"]>[0]
