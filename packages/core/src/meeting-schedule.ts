import type { MatchReason } from "./matching"

/**
 * A fair's generated meeting schedule: which pairs of parties meet, in which slot, at which table.
 * Pure and deterministic (the same input gives the same schedule, whatever the order of its lists),
 * so the draft an official reviews can be generated again and compared. Decision 043 explains the
 * value and the algorithm; `greedyMeetingSchedule` is the baseline it is measured against.
 *
 * The hard rules hold by construction: a party meets at most once a slot and only in slots it is
 * there for, a slot uses at most `tables` tables, a pair meets at most once, a pair where either
 * side said "no thanks" never meets, and the accepted meetings (`fixed`) keep their slot and table.
 */

export const MEETING_PREFERENCES = ["must_meet", "would_meet", "no_thanks"] as const
export type MeetingPreference = (typeof MEETING_PREFERENCES)[number]

export type MeetingScheduleInput = {
  /** The fair's slot starts (`meetingSlots`), in time order. */
  slots: string[]
  /** Meeting tables, numbered 1…tables, the same in every slot (the event's `tables`). */
  tables: number
  /** The parties at the fair and the slots each is there for (absent: every slot). */
  parties: { id: string; available?: string[] }[]
  /** Match scores 0–100 between two parties, with the matching's own reasons. Unknown parties are skipped. */
  scores: { party_ids: [string, string]; score: number; reasons?: MatchReason[] }[]
  /** A party's mark on a counterpart; either side may mark. */
  preferences: { party_id: string; counterpart_id: string; mark: MeetingPreference }[]
  /** Meetings requested and accepted: kept where they are, holding both parties' slot and the table. */
  fixed: { id: string; requester_id: string; counterpart_id: string; slot_start: string; table_no: number }[]
}

/** Why a meeting is in the schedule, as codes and parameters a page renders in its language. */
export type ScheduleReason =
  | { code: "accepted_request"; meeting_id: string }
  | { code: "both_must_meet" }
  | { code: "must_meet"; party_id: string }
  | { code: "both_would_meet" }
  | { code: "would_meet"; party_id: string }
  | { code: "match_score"; score: number; reasons: MatchReason[] }

export type ScheduledMeeting = {
  /** The two parties: requester then counterpart for an accepted meeting, else in id order. */
  party_ids: [string, string]
  slot_start: string
  table_no: number
  /** The accepted meeting kept in place, or null for a generated one. */
  fixed_meeting_id: string | null
  value: number
  reasons: ScheduleReason[]
}

export type ScheduleTotal = {
  /** Σ value of the meetings: must_meet_marks·weights.must_meet + would_meet_marks·weights.would_meet + score. */
  value: number
  meetings: number
  must_meet_marks: number
  would_meet_marks: number
  score: number
}

export type MeetingScheduleResult = {
  meetings: ScheduledMeeting[]
  total: ScheduleTotal
  /** What one mark is worth in this instance (a score point is worth 1). */
  weights: { must_meet: number; would_meet: number }
  /** Pairs with a must-meet mark that found no slot: for the official's review. */
  unplaced_must_meet: [string, string][]
}

/** Above this many possible meetings the exact weights would leave the doubles' exact range. */
const MAX_CAPACITY = 20_000
/** Each improvement pass either raises the value or ends the search; this bounds the worst case. */
const MAX_PASSES = 40

type Pair = {
  a: number
  b: number
  key: string
  must: number
  would: number
  score: number
  reasons: MatchReason[]
  marks: Map<number, MeetingPreference>
  fixed: { id: string; slot: number; table: number; ids: [string, string] } | null
  value: number
}

/**
 * The value of a pair: lexicographic in (must-meet marks, would-meet marks, score). With C the
 * most meetings the fair can hold, a would-meet mark is worth more than C meetings' scores and a
 * must-meet mark more than C meetings of two would-meet marks and full scores: one more must-meet
 * mark placed outweighs any number of meetings without one.
 */
export function meetingValueWeights(capacity: number) {
  if (capacity > MAX_CAPACITY) throw new RangeError(`a schedule holds at most ${MAX_CAPACITY} meetings`)
  const would_meet = 100 * capacity + 1
  return { would_meet, must_meet: (100 + 2 * would_meet) * capacity + 1 }
}

/** The state both algorithms share: who is busy when, tables used, where each pair sits. */
class Board {
  readonly busy: Int32Array
  readonly used: Int32Array
  readonly slotOf: Int32Array
  readonly atSlot: number[][]
  constructor(
    readonly pairs: Pair[],
    readonly avail: Uint8Array,
    readonly slots: number,
    readonly tables: number,
    parties: number,
  ) {
    this.busy = new Int32Array(parties * slots).fill(-1)
    this.used = new Int32Array(slots)
    this.slotOf = new Int32Array(pairs.length).fill(-1)
    this.atSlot = Array.from({ length: slots }, () => [])
  }
  free(party: number, s: number) {
    return this.busy[party * this.slots + s] < 0
  }
  fits(p: number, s: number) {
    const { a, b } = this.pairs[p]
    const S = this.slots
    return (
      this.used[s] < this.tables &&
      this.avail[a * S + s] === 1 &&
      this.avail[b * S + s] === 1 &&
      this.busy[a * S + s] < 0 &&
      this.busy[b * S + s] < 0
    )
  }
  place(p: number, s: number) {
    const { a, b } = this.pairs[p]
    this.busy[a * this.slots + s] = p
    this.busy[b * this.slots + s] = p
    this.used[s]++
    this.slotOf[p] = s
    this.atSlot[s].push(p)
  }
  remove(p: number) {
    const s = this.slotOf[p]
    const { a, b } = this.pairs[p]
    this.busy[a * this.slots + s] = -1
    this.busy[b * this.slots + s] = -1
    this.used[s]--
    this.slotOf[p] = -1
    const list = this.atSlot[s]
    list.splice(list.indexOf(p), 1)
  }
  /** The first slot in time order where the pair fits, or -1. */
  firstFit(p: number, except = -1) {
    for (let s = 0; s < this.slots; s++) if (s !== except && this.fits(p, s)) return s
    return -1
  }
}

type Prepared = {
  board: Board
  order: number[]
  partyIds: string[]
  slots: string[]
  w: MeetingScheduleResult["weights"]
}

function prepare(input: MeetingScheduleInput): Prepared {
  const { slots, tables } = input
  if (!Number.isInteger(tables) || tables < 0) throw new RangeError("tables must be a whole number ≥ 0")
  const slotIndex = new Map(slots.map((s, i) => [s, i]))
  if (slotIndex.size !== slots.length) throw new RangeError("slots must be distinct")

  // Parties and pairs are indexed in id order so the result does not depend on the input's order.
  const partyIds = [...new Set(input.parties.map((p) => p.id))].sort()
  const partyIndex = new Map(partyIds.map((id, i) => [id, i]))
  for (const f of input.fixed)
    for (const id of [f.requester_id, f.counterpart_id])
      if (!partyIndex.has(id)) {
        partyIndex.set(id, partyIds.length)
        partyIds.push(id) // a party of an accepted meeting holds its slot even if not listed
      }
  const S = slots.length
  const avail = new Uint8Array(partyIds.length * S)
  for (const party of input.parties) {
    const i = partyIndex.get(party.id)!
    if (party.available === undefined) avail.fill(1, i * S, (i + 1) * S)
    else for (const at of party.available) if (slotIndex.has(at)) avail[i * S + slotIndex.get(at)!] = 1
  }

  const byKey = new Map<string, Pair>()
  const pairOf = (x: string, y: string): Pair | null => {
    const i = partyIndex.get(x)
    const j = partyIndex.get(y)
    if (i === undefined || j === undefined || i === j) return null
    const [a, b] = i < j ? [i, j] : [j, i]
    const key = `${a}:${b}`
    let pair = byKey.get(key)
    if (!pair) {
      pair = { a, b, key, must: 0, would: 0, score: 0, reasons: [], marks: new Map(), fixed: null, value: 0 }
      byKey.set(key, pair)
    }
    return pair
  }
  for (const s of input.scores) {
    if (!Number.isFinite(s.score) || s.score < 0 || s.score > 100) throw new RangeError("scores must be 0–100")
    const pair = pairOf(s.party_ids[0], s.party_ids[1])
    if (pair && s.score >= pair.score) {
      pair.score = s.score
      pair.reasons = s.reasons ?? []
    }
  }
  for (const pref of input.preferences) {
    if (!MEETING_PREFERENCES.includes(pref.mark)) throw new RangeError(`unknown preference ${String(pref.mark)}`)
    const pair = pairOf(pref.party_id, pref.counterpart_id)
    if (pair) pair.marks.set(partyIndex.get(pref.party_id)!, pref.mark)
  }
  for (const f of input.fixed) {
    const slot = slotIndex.get(f.slot_start)
    if (slot === undefined) throw new RangeError(`accepted meeting ${f.id} is not in one of the fair's slots`)
    if (!Number.isInteger(f.table_no) || f.table_no < 1 || f.table_no > tables)
      throw new RangeError(`accepted meeting ${f.id} has no table of the fair`)
    const pair = pairOf(f.requester_id, f.counterpart_id)
    if (!pair) throw new RangeError(`accepted meeting ${f.id} needs two parties`)
    if (pair.fixed) throw new RangeError(`accepted meetings ${pair.fixed.id} and ${f.id} are the same pair`)
    pair.fixed = { id: f.id, slot, table: f.table_no, ids: [f.requester_id, f.counterpart_id] }
  }

  const all = [...byKey.values()]
  for (const pair of all)
    for (const mark of pair.marks.values()) {
      if (mark === "must_meet") pair.must++
      if (mark === "would_meet") pair.would++
    }
  const keep = all.filter(
    (p) => p.fixed || (![...p.marks.values()].includes("no_thanks") && (p.must + p.would > 0 || p.score > 0)),
  )
  const w = meetingValueWeights(Math.min(keep.length, S * tables))
  for (const p of keep) p.value = p.must * w.must_meet + p.would * w.would_meet + p.score
  // Best first; ties in party order, so the schedule is the same for the same input.
  keep.sort((x, y) => y.value - x.value || x.a - y.a || x.b - y.b)

  const board = new Board(keep, avail, S, tables, partyIds.length)
  const tablesTaken = new Set<string>()
  const order: number[] = []
  keep.forEach((pair, p) => {
    if (!pair.fixed) return order.push(p)
    const { slot, table, id } = pair.fixed
    if (!board.free(pair.a, slot) || !board.free(pair.b, slot) || tablesTaken.has(`${slot}:${table}`))
      throw new RangeError(`accepted meeting ${id} clashes with another accepted meeting`)
    tablesTaken.add(`${slot}:${table}`)
    board.place(p, slot)
  })
  return { board, order, partyIds, slots, w }
}

function reasonsOf(pair: Pair, partyIds: string[]): ScheduleReason[] {
  const reasons: ScheduleReason[] = []
  if (pair.fixed) reasons.push({ code: "accepted_request", meeting_id: pair.fixed.id })
  const by = (mark: MeetingPreference) =>
    [pair.a, pair.b].filter((x) => pair.marks.get(x) === mark).map((x) => partyIds[x])
  const must = by("must_meet")
  const would = by("would_meet")
  if (must.length === 2) reasons.push({ code: "both_must_meet" })
  else for (const party_id of must) reasons.push({ code: "must_meet", party_id })
  if (would.length === 2) reasons.push({ code: "both_would_meet" })
  else for (const party_id of would) reasons.push({ code: "would_meet", party_id })
  if (pair.score > 0) reasons.push({ code: "match_score", score: pair.score, reasons: pair.reasons })
  return reasons
}

function result(prep: Prepared): MeetingScheduleResult {
  const { board, partyIds, slots } = prep
  const meetings: ScheduledMeeting[] = []
  const total: ScheduleTotal = { value: 0, meetings: 0, must_meet_marks: 0, would_meet_marks: 0, score: 0 }
  for (let s = 0; s < slots.length; s++) {
    const here = board.atSlot[s].map((p) => board.pairs[p])
    const taken = new Set(here.flatMap((p) => (p.fixed ? [p.fixed.table] : [])))
    let next = 1
    // Accepted meetings keep their tables; the others take the free ones in party order.
    for (const pair of here.sort((x, y) => x.a - y.a || x.b - y.b)) {
      let table = pair.fixed?.table
      if (table === undefined) {
        while (taken.has(next)) next++
        table = next++
      }
      meetings.push({
        party_ids: pair.fixed ? pair.fixed.ids : [partyIds[pair.a], partyIds[pair.b]],
        slot_start: slots[s],
        table_no: table,
        fixed_meeting_id: pair.fixed?.id ?? null,
        value: pair.value,
        reasons: reasonsOf(pair, partyIds),
      })
      total.value += pair.value
      total.meetings++
      total.must_meet_marks += pair.must
      total.would_meet_marks += pair.would
      total.score += pair.score
    }
  }
  meetings.sort((x, y) => x.slot_start.localeCompare(y.slot_start) || x.table_no - y.table_no)
  const unplaced_must_meet = board.pairs
    .map((pair, p) => ({ pair, p }))
    .filter(({ pair, p }) => pair.must > 0 && board.slotOf[p] < 0)
    .map(({ pair }) => [partyIds[pair.a], partyIds[pair.b]] as [string, string])
  return { meetings, total, weights: prep.w, unplaced_must_meet }
}

/** The baseline: the best remaining pair first, in the first slot where both parties and a table are free. */
export function greedyMeetingSchedule(input: MeetingScheduleInput): MeetingScheduleResult {
  const prep = prepare(input)
  greedy(prep)
  return result(prep)
}

function greedy({ board, order }: Prepared) {
  for (const p of order) {
    const s = board.firstFit(p)
    if (s >= 0) board.place(p, s)
  }
}

/**
 * The generator: the greedy schedule, then improvement passes. Each pass takes every pair left
 * out, best first, and tries each slot both parties are there for: the meetings in its way (each
 * party's meeting in that slot, or the least valuable movable meeting when the tables are full)
 * are lifted out, the pair is placed, and each lifted meeting is put back in another slot where it
 * fits. The move is kept when it raises the total (the pair's value against the lifted meetings
 * that found no other slot), the best slot winning; lifted meetings left out are tried again in the
 * next pass. Every kept move raises the total, so the search ends; passes stop when one changes nothing.
 */
export function generateMeetingSchedule(input: MeetingScheduleInput): MeetingScheduleResult {
  const prep = prepare(input)
  greedy(prep)
  const { board, order } = prep
  const pairs = board.pairs
  const S = board.slots
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false
    for (const p of order) if (board.slotOf[p] < 0 && improve(board, p, pairs, S)) changed = true
    if (!changed) break
  }
  return result(prep)
}

/** The meetings in the way of pair p at slot s, or null when one of them is an accepted meeting. */
function blockersAt(board: Board, p: number, s: number): number[] | null {
  const { a, b } = board.pairs[p]
  const S = board.slots
  const out: number[] = []
  for (const x of [board.busy[a * S + s], board.busy[b * S + s]]) if (x >= 0 && !out.includes(x)) out.push(x)
  if (out.length === 0 && board.used[s] >= board.tables) {
    let cheapest = -1
    for (const x of board.atSlot[s])
      if (!board.pairs[x].fixed && (cheapest < 0 || board.pairs[x].value < board.pairs[cheapest].value)) cheapest = x
    if (cheapest < 0) return null
    out.push(cheapest)
  }
  return out.some((x) => board.pairs[x].fixed) ? null : out
}

function improve(board: Board, p: number, pairs: Pair[], S: number): boolean {
  const { a, b, value } = pairs[p]
  const direct = board.firstFit(p)
  if (direct >= 0) {
    board.place(p, direct)
    return true
  }
  let best = -1
  let bestGain = 0
  // No move gains more than the pair's own value (every lifted meeting placed again): stop there.
  for (let s = 0; s < S && bestGain < value; s++) {
    if (board.avail[a * S + s] !== 1 || board.avail[b * S + s] !== 1) continue
    const lifted = blockersAt(board, p, s)
    if (!lifted || lifted.length === 0) continue
    const gain = tryMove(board, p, s, lifted, pairs, false)
    if (gain > bestGain) {
      bestGain = gain
      best = s
    }
  }
  if (best < 0) return false
  tryMove(board, p, best, blockersAt(board, p, best)!, pairs, true)
  return true
}

/** Lift the blockers, place p at s, put the blockers back elsewhere; returns the gain, undone unless `keep`. */
function tryMove(board: Board, p: number, s: number, lifted: number[], pairs: Pair[], keep: boolean): number {
  const from = lifted.map((x) => board.slotOf[x])
  for (const x of lifted) board.remove(x)
  board.place(p, s)
  let gain = pairs[p].value
  const moved: number[] = []
  for (const x of lifted) {
    const to = board.firstFit(x)
    if (to >= 0) {
      board.place(x, to)
      moved.push(x)
    } else gain -= pairs[x].value
  }
  if (!keep) {
    for (const x of moved) board.remove(x)
    board.remove(p)
    lifted.forEach((x, i) => board.place(x, from[i]))
  }
  return gain
}
