/** The certification module's key in the container: importable without loading the module. */
export const OCOP_MODULE = "ocop"
