import { Module } from "@medusajs/framework/utils"
import ResolverLifecycle from "./service"

/**
 * The resolver's lifecycle in the backend as a Medusa module with no data: Medusa runs its shutdown
 * hook before it closes the database, which is when the scans answered by Medusa's own resolver
 * routes must be written. (The resolver process, scripts/resolver.ts, stops its own listener.) The
 * traceability data module stays plain (models and service only).
 */
export const RESOLVER_MODULE = "traceResolver"

export default Module(RESOLVER_MODULE, { service: ResolverLifecycle })
