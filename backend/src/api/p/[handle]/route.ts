// The GS1 Digital Link resolver (src/resolver/route.ts); one handler for every path shape.
export { resolveDigitalLink as GET } from "../../../resolver/route"
