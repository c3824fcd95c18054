import type { TradeState } from "./state"

/** The message under each field the API refused, in the page's language (`t` of `TradeErrors`). */
export function fieldErrors(state: TradeState, t: (key: string) => string) {
  return (name: string): string | undefined => {
    const key = state.error?.fields[name]
    return key ? t(key) : undefined
  }
}
