// The GS1 Digital Link resolver (src/lib/trace/resolver.ts); one handler for every path shape.
export { resolveDigitalLink as GET } from "../../../../../lib/trace/resolver"
