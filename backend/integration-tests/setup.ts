// Medusa's loaders require() medusa-config.ts and src/**/*.ts natively; under
// Jest @swc/jest transforms them, under Vitest nothing does, so register the
// same TypeScript hook the medusa CLI registers.
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

require("@medusajs/framework/utils").loadEnv("test", process.cwd())
require("ts-node").register({ transpileOnly: true })
require("tsconfig-paths").register({})

const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
