import type { Refusal } from "./refusal"

/**
 * What a portal form's server action hands back: the API's refusal read into translated field and
 * form messages (never its own text), a local code for what the API cannot say, and the typed values
 * so the form can be filled again (React clears a form after its action).
 */
export type TradeState = {
  ok?: boolean
  error?: Refusal
  code?: "noLines" | "rulesRequired"
  values?: Record<string, string>
}
