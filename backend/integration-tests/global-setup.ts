import { loadEnv } from "@medusajs/framework/utils"
import { dropTemplates } from "./helpers/template-databases"

// Once per run, before and after every suite: the run's template databases start from nothing.
export async function setup() {
  loadEnv("test", process.cwd())
  await dropTemplates()
}

export const teardown = dropTemplates
