/** The returns module's key in the container (kept apart so steps import no service code). */
export const RETURN_REQUEST_MODULE = "returnRequest"
