import { isIsoDate } from "./dates"

/**
 * Meeting slots at a trade event: every `slot_minutes` within the daily meeting hours (Vietnam
 * time) of each day of the event. A meeting is booked for one slot; the slot's start instant
 * (UTC ISO) is what the bookings of both parties and the table are keyed on, so a slot has one
 * spelling and "no double booking" is a unique key in the database.
 */
export type MeetingSchedule = {
  /** First and last day of the event, YYYY-MM-DD (Vietnam calendar). */
  starts_on: string
  ends_on: string
  /** Daily meeting hours, "HH:MM" Vietnam time; the last slot ends by `to`. */
  meeting_from: string
  meeting_to: string
  slot_minutes: number
  /** Meeting tables; 0 means the event takes no meeting bookings. */
  tables: number
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/
const DAY_MS = 86_400_000

const minutesOf = (hhmm: string) => {
  const m = HH_MM.exec(hhmm)
  if (!m) throw new RangeError(`not a time of day (HH:MM): ${hhmm}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Every slot start of the event, in order, as UTC ISO instants. */
export function meetingSlots(schedule: MeetingSchedule): string[] {
  const { starts_on, ends_on, slot_minutes } = schedule
  if (!isIsoDate(starts_on) || !isIsoDate(ends_on)) throw new RangeError("event days must be YYYY-MM-DD")
  if (!Number.isInteger(slot_minutes) || slot_minutes < 5) throw new RangeError("slot_minutes must be ≥ 5")
  if (schedule.tables <= 0) return []
  const from = minutesOf(schedule.meeting_from)
  const to = minutesOf(schedule.meeting_to)
  const slots: string[] = []
  for (
    let day = Date.parse(`${starts_on}T00:00:00+07:00`);
    day <= Date.parse(`${ends_on}T00:00:00+07:00`);
    day += DAY_MS
  )
    for (let m = from; m + slot_minutes <= to; m += slot_minutes) slots.push(new Date(day + m * 60_000).toISOString())
  return slots
}

/** The slot's canonical UTC ISO form when `start` is one of the event's slots, else null. */
export function meetingSlot(schedule: MeetingSchedule, start: string): string | null {
  const at = Date.parse(start)
  if (Number.isNaN(at)) return null
  const iso = new Date(at).toISOString()
  return meetingSlots(schedule).includes(iso) ? iso : null
}
