// The GS1 Digital Link resolver (src/resolver/route.ts); one handler for every path shape.
export { resolveDigitalLink as GET, resolverPreflight as OPTIONS } from "../../../../../../../resolver/route"
