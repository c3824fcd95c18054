/** A business's request for a meeting with another in one slot of a fair. */
export type MeetingRequest = {
  event_id: string
  counterpart_id: string
  slot_start: string
  need_id?: string | null
  offer_id?: string | null
  message?: string | null
}

/** What a party does with a meeting: the counterpart accepts or declines, either cancels. */
export type MeetingAnswer = "accept" | "decline" | "cancel"
