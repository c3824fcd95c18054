import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import type {
  AgreementList,
  AgreementResponse,
  AgreementView,
  BusinessView,
  MatchesView,
  MeetingList,
  MeetingView,
  MyBusinessResponse,
  NeedList,
  NeedView,
  OfferList,
  OfferView,
  SlotList,
  SlotView,
} from "@ocop/core"
import type { Locale } from "@/i18n/routing"
import type { CounterpartChoice, GroupChoice } from "@/modules/trade/types"
import { signInPath } from "../next-path"
import { type Customer, retrieveCustomer } from "./customer"
import { groupNames } from "./groups"
import { storeCall, storeError } from "./session"

/**
 * The business portal's reads (`/store/trade/me…`): all on behalf of the signed-in customer, never
 * cached. The API filters every query by the customer's own business, so another business's
 * record is a 404 here too.
 */

/** The signed-in customer's business profile, or null before registering. Once per request. */
export const getMyBusiness = cache(async (): Promise<BusinessView | null> => {
  const { business } = await storeCall<MyBusinessResponse>("/store/trade/me")
  return business
})

/**
 * Signed-in customers only: others go to the account page's log-in form, as `/account/*` does,
 * and come back to `here` (the page's own path and query) once signed in.
 */
export async function openPortal(
  locale: string,
  here: string,
): Promise<{ customer: Customer; business: BusinessView | null }> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(signInPath(locale, here))
  return { customer, business: await getMyBusiness() }
}

/** As `openPortal`, for pages that need a registered business: others register first. */
export async function requireBusiness(locale: string, here: string): Promise<BusinessView> {
  const { business } = await openPortal(locale, here)
  if (!business) redirect(`/${locale}/account/business`)
  return business
}

/** OCOP sectors and product groups by code, named in the page's language, for choosing by name. */
export async function groupChoices(locale: Locale): Promise<GroupChoice[]> {
  const names = await groupNames(locale).catch(() => new Map<string, string>())
  return [...names]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }))
}

/**
 * The businesses this one can draft an agreement with, by name: those it has met or been matched
 * with (the API names them; their ids never reach the page as text).
 */
export async function counterpartChoices(business: BusinessView, unnamed: string): Promise<CounterpartChoice[]> {
  if (business.status !== "verified") return []
  const [meetings, matches] = await Promise.all([listMeetings(), getMatches().catch(() => null)])
  const found = new Map<string, string>()
  for (const m of meetings) found.set(m.counterpart.id, m.counterpart.company_name ?? unnamed)
  for (const { offers } of matches?.needs ?? [])
    for (const o of offers) found.set(o.producer.id, o.producer.company_name)
  for (const { needs } of matches?.offers ?? []) for (const n of needs) found.set(n.buyer.id, n.buyer.company_name)
  found.delete(business.id)
  return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

export async function listNeeds(): Promise<NeedView[]> {
  return (await storeCall<NeedList>("/store/trade/me/needs")).needs
}

export async function listOffers(): Promise<OfferView[]> {
  return (await storeCall<OfferList>("/store/trade/me/offers")).offers
}

export async function getMatches(): Promise<MatchesView> {
  return storeCall<MatchesView>("/store/trade/me/matches")
}

export async function listMeetings(): Promise<MeetingView[]> {
  return (await storeCall<MeetingList>("/store/trade/me/meetings")).meetings
}

/** An event's meeting slots, with whether both parties are free and how many tables are left. */
export async function listSlots(eventId: string, counterpartId: string): Promise<SlotView[]> {
  const { slots } = await storeCall<SlotList>(`/store/trade/me/events/${encodeURIComponent(eventId)}/slots`, {
    query: { counterpart_id: counterpartId },
  })
  return slots
}

export async function listAgreements(): Promise<AgreementView[]> {
  return (await storeCall<AgreementList>("/store/trade/me/agreements")).agreements
}

/** One of the business's agreements, or null (another business's agreement is not found). */
export async function getAgreement(id: string): Promise<AgreementView | null> {
  try {
    const path = `/store/trade/me/agreements/${encodeURIComponent(id)}`
    return (await storeCall<AgreementResponse>(path)).agreement
  } catch (e) {
    if (storeError(e).status === 404) return null
    throw e
  }
}
