/**
 * What a portal form's server action hands back: the API's refusal (status and its own message,
 * shown next to the form), a local code for what the API cannot say, and the typed values so the
 * form can be filled again (React clears a form after its action).
 */
export type TradeState = {
  ok?: boolean
  error?: { status: number; message: string }
  code?: "noLines"
  values?: Record<string, string>
}

/** The message heading for an API status: a taken slot (409) and a refused file read differently. */
export function errorHeading(status: number) {
  switch (status) {
    case 401:
      return "signedOut"
    case 403:
      return "notVerified"
    case 404:
      return "notFound"
    case 409:
      return "conflict"
    case 413:
      return "tooLarge"
    case 415:
      return "notPdf"
    default:
      return "failed"
  }
}
