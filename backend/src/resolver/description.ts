import { LINKSET_CONTEXT, VOC } from "./conformance"

/**
 * The resolver description file (`/.well-known/gs1resolver`, GS1-Conformant Resolver 1.2): what
 * this resolver answers for, read by GS1's conformance suite and by any client before it asks.
 * Served with CORS by the resolver's listener, Medusa's routes and the storefront alike.
 */
export function resolverDescription(origin: string) {
  return {
    name: "OCOP Quảng Trị traceability resolver",
    resolverRoot: origin,
    supportedPrimaryKeys: ["01"],
    supportedLinkType: [{ namespace: VOC, prefix: "gs1:" }],
    linkTypeDefaultCanBeLinkset: true,
    jsonLdContextLocation: LINKSET_CONTEXT,
  }
}
