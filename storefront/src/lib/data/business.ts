import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import type { Agreement, Business, Matches, Meeting, Need, Offer, Slot } from "@/modules/trade/types"
import { type Customer, retrieveCustomer } from "./customer"
import { storeCall, storeError } from "./session"

/**
 * The business portal's reads (`/store/trade/me…`): all on behalf of the signed-in customer, never
 * cached. The API filters every query by the customer's own business, so another business's
 * record is a 404 here too.
 */

/** The signed-in customer's business profile, or null before registering. Once per request. */
export const getMyBusiness = cache(async (): Promise<Business | null> => {
  const { business } = await storeCall<{ business: Business | null }>("/store/trade/me")
  return business
})

/** Signed-in customers only: others go to the account page's log-in form, as `/account/*` does. */
export async function openPortal(locale: string): Promise<{ customer: Customer; business: Business | null }> {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account`)
  return { customer, business: await getMyBusiness() }
}

/** As `openPortal`, for pages that need a registered business: others register first. */
export async function requireBusiness(locale: string): Promise<Business> {
  const { business } = await openPortal(locale)
  if (!business) redirect(`/${locale}/account/business`)
  return business
}

export async function listNeeds(): Promise<Need[]> {
  return (await storeCall<{ needs: Need[] }>("/store/trade/me/needs")).needs
}

export async function listOffers(): Promise<Offer[]> {
  return (await storeCall<{ offers: Offer[] }>("/store/trade/me/offers")).offers
}

export async function getMatches(): Promise<Matches> {
  return storeCall<Matches>("/store/trade/me/matches")
}

export async function listMeetings(): Promise<Meeting[]> {
  return (await storeCall<{ meetings: Meeting[] }>("/store/trade/me/meetings")).meetings
}

/** An event's meeting slots, with whether both parties are free and how many tables are left. */
export async function listSlots(eventId: string, counterpartId: string): Promise<Slot[]> {
  const { slots } = await storeCall<{ slots: Slot[] }>(`/store/trade/me/events/${encodeURIComponent(eventId)}/slots`, {
    query: { counterpart_id: counterpartId },
  })
  return slots
}

export async function listAgreements(): Promise<Agreement[]> {
  return (await storeCall<{ agreements: Agreement[] }>("/store/trade/me/agreements")).agreements
}

/** One of the business's agreements, or null (another business's agreement is not found). */
export async function getAgreement(id: string): Promise<Agreement | null> {
  try {
    const path = `/store/trade/me/agreements/${encodeURIComponent(id)}`
    return (await storeCall<{ agreement: Agreement }>(path)).agreement
  } catch (e) {
    if (storeError(e).status === 404) return null
    throw e
  }
}
