/** The module's name in the container; its own file so the resolver can import it without the module. */
export const TRACEABILITY_MODULE = "traceability"
