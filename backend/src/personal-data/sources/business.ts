import type { PersonalDataSource } from "../source"
import { TRADE_MODULE } from "../../modules/trade"
import type TradeModuleService from "../../modules/trade/service"

/**
 * The account's business profile in trade promotion and what it posted: offers, needs, meetings,
 * agreements. A business is a legal entity, not a person: on erasure its contact phone goes and its
 * open offers and needs close (nobody is left to answer them), while the company's name and tax code,
 * its meetings and its agreements stay, as the counterpart's and the plan's records
 * (docs/compliance.md).
 */
export const businessSource: PersonalDataSource = {
  key: "business",

  async collect(container, subject) {
    const trade = container.resolve<TradeModuleService>(TRADE_MODULE)
    const [business] = await trade.listBusinesses({ customer_id: subject.customerId })
    if (!business) return null
    const [offers, needs, requested, received, buying, selling] = await Promise.all([
      trade.listOffers({ business_id: business.id }),
      trade.listNeeds({ business_id: business.id }),
      trade.listMeetings({ requester_id: business.id }),
      trade.listMeetings({ counterpart_id: business.id }),
      trade.listAgreements({ buyer_id: business.id }),
      trade.listAgreements({ seller_id: business.id }),
    ])
    return {
      profile: business,
      offers,
      needs,
      meetings: [...requested, ...received],
      agreements: [...buying, ...selling],
    }
  },

  async erase(container, subject) {
    const trade = container.resolve<TradeModuleService>(TRADE_MODULE)
    const [business] = await trade.listBusinesses({ customer_id: subject.customerId })
    if (!business) return
    if (business.phone !== null) await trade.updateBusinesses({ id: business.id, phone: null })
    const [offers, needs] = await Promise.all([
      trade.listOffers({ business_id: business.id, status: "open" }, { select: ["id"] }),
      trade.listNeeds({ business_id: business.id, status: "open" }, { select: ["id"] }),
    ])
    if (offers.length) await trade.updateOffers(offers.map((o) => ({ id: o.id, status: "closed" as const })))
    if (needs.length) await trade.updateNeeds(needs.map((n) => ({ id: n.id, status: "closed" as const })))
  },
}
