import { Module } from "@medusajs/framework/utils"
import startListener from "./start-listener"
import ResolverLifecycle from "./service"

/**
 * The resolver's lifecycle as a Medusa module with no data: Medusa runs its loader when the
 * application starts and its shutdown hook before it closes the database, which is exactly when the
 * resolver's listener must start, and stop and write its last batch of scans. The traceability data
 * module stays plain (models and service only).
 */
export const RESOLVER_MODULE = "traceResolver"

export default Module(RESOLVER_MODULE, { service: ResolverLifecycle, loaders: [startListener] })
