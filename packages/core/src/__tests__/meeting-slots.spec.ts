import { describe, expect, it } from "vitest"
import { meetingSlot, meetingSlots } from "../meeting-slots"

const fair = {
  starts_on: "2026-12-04",
  ends_on: "2026-12-05",
  meeting_from: "08:00",
  meeting_to: "10:00",
  slot_minutes: 30,
  tables: 4,
}

describe("meeting slots", () => {
  it("lists each day's slots in Vietnam time, as UTC instants", () => {
    const slots = meetingSlots(fair)
    expect(slots).toHaveLength(8)
    // 08:00 in Vietnam is 01:00 UTC.
    expect(slots[0]).toBe("2026-12-04T01:00:00.000Z")
    expect(slots[3]).toBe("2026-12-04T02:30:00.000Z")
    expect(slots[4]).toBe("2026-12-05T01:00:00.000Z")
  })

  it("keeps a slot that would run past the meeting hours out", () => {
    expect(meetingSlots({ ...fair, slot_minutes: 45 })).toEqual([
      "2026-12-04T01:00:00.000Z",
      "2026-12-04T01:45:00.000Z",
      "2026-12-05T01:00:00.000Z",
      "2026-12-05T01:45:00.000Z",
    ])
  })

  it("accepts any spelling of a slot's instant and rejects times between slots or outside the event", () => {
    expect(meetingSlot(fair, "2026-12-04T08:30:00+07:00")).toBe("2026-12-04T01:30:00.000Z")
    expect(meetingSlot(fair, "2026-12-04T08:15:00+07:00")).toBeNull()
    expect(meetingSlot(fair, "2026-12-06T08:00:00+07:00")).toBeNull()
    expect(meetingSlot(fair, "tomorrow")).toBeNull()
  })

  it("has no slots without tables, and refuses a malformed schedule", () => {
    expect(meetingSlots({ ...fair, tables: 0 })).toEqual([])
    expect(() => meetingSlots({ ...fair, meeting_from: "8h" })).toThrow(/HH:MM/)
    expect(() => meetingSlots({ ...fair, starts_on: "04/12/2026" })).toThrow(/YYYY-MM-DD/)
  })
})
