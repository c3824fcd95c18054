// The GS1 resolver description file (src/resolver/description.ts), with CORS for browser clients.
export { describeResolver as GET, resolverPreflight as OPTIONS } from "../../../resolver/route"
