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
import { type Customer, retrieveCustomer } from "./customer"
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

/** Signed-in customers only: others go to the account page's log-in form, as `/account/*` does. */
export async function openPortal(locale: string): Promise<{ customer: Customer; business: BusinessView | null }> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account`)
  return { customer, business: await getMyBusiness() }
}

/** As `openPortal`, for pages that need a registered business: others register first. */
export async function requireBusiness(locale: string): Promise<BusinessView> {
  const { business } = await openPortal(locale)
  if (!business) redirect(`/${locale}/account/business`)
  return business
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
