import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  updateSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { regionPaymentProviders } from "../config/payments"
import type { Dataset, SeedLocation } from "./dataset-types"

export const STOREFRONT_CHANNEL = "OCOP Storefront"
export const REGION_NAME = "Việt Nam"
export const HOME_DELIVERY_PRICE = 30000

export type CommerceSetup = {
  salesChannelId: string
  regionId: string
  shippingProfileId: string
  warehouseId: string
  salesPointIds: string[]
}

/**
 * Vietnam as Medusa sees it: VND with tax-inclusive prices, locales vi and en,
 * the storefront's sales channel and publishable key, a warehouse for home
 * delivery and the first OCOP sales points as stock locations with pickup.
 * Every part is found-or-created, so a rerun (or a run after a crash) converges.
 */
export async function setUpCommerce(container: MedusaContainer, data: Dataset): Promise<CommerceSetup> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureStore(container, salesChannelId)
  await ensurePublishableKey(container, salesChannelId)
  const regionId = await ensureRegion(container)
  const shippingProfileId = await ensureShippingProfile(container)
  const warehouseId = await ensureLocation(container, data.warehouse, salesChannelId)
  await ensureShippingOption(container, {
    locationId: warehouseId,
    kind: "shipping",
    name: "Giao hàng tận nơi",
    price: HOME_DELIVERY_PRICE,
    regionId,
    shippingProfileId,
  })
  const salesPointIds: string[] = []
  for (const point of data.salesPoints) {
    const id = await ensureLocation(container, point, salesChannelId)
    await ensureShippingOption(container, {
      locationId: id,
      kind: "pickup",
      name: `Nhận tại ${point.name}`,
      price: 0,
      regionId,
      shippingProfileId,
    })
    salesPointIds.push(id)
  }
  return { salesChannelId, regionId, shippingProfileId, warehouseId, salesPointIds }
}

/**
 * The shop's one sales channel: Medusa's default channel, renamed. With a single channel the
 * Store API skips its sales-channel link filter, which otherwise lists every product id of the
 * channel on each request (docs/benchmarks.md: ~1 s per page at 20k products with two channels).
 */
async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await channels.listSalesChannels({ name: STOREFRONT_CHANNEL })
  if (existing) return existing.id
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const update = { name: STOREFRONT_CHANNEL, description: "Cửa hàng trực tuyến sản phẩm OCOP" }
  if (store?.default_sales_channel_id) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: store.default_sales_channel_id }, update },
    })
    return store.default_sales_channel_id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [update] } })
  return result[0].id
}

async function ensureStore(container: MedusaContainer, salesChannelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Quảng Trị",
        supported_currencies: [{ currency_code: "vnd", is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: "vi-VN" }, { locale_code: "en-US" }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: STOREFRONT_CHANNEL, type: "publishable" })
  if (keys.some((k) => !k.revoked_at)) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_CHANNEL, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
}

/**
 * Payment methods follow the configuration on every run (src/config/payments.ts): cash on delivery,
 * VietQR, and Stripe while STRIPE_API_KEY is set — an existing region is brought in line too.
 */
async function ensureRegion(container: MedusaContainer): Promise<string> {
  const regions = container.resolve(Modules.REGION)
  const payment_providers = regionPaymentProviders()
  const [existing] = await regions.listRegions({ name: REGION_NAME })
  if (existing) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: existing.id }, update: { payment_providers } },
    })
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  // Retail prices in Vietnam are quoted VAT included; no extra tax lines are added on top.
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  return result[0].id
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Hàng OCOP", type: "default" }] },
  })
  return result[0].id
}

async function ensureLocation(
  container: MedusaContainer,
  place: SeedLocation,
  salesChannelId: string,
): Promise<string> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({ name: place.name })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: place.name,
          address: { address_1: place.address_1, city: place.city, country_code: "vn" },
          // The programme's facts of a sales point live in the trade module (src/seed/trade.ts).
          metadata: { key: place.key },
        },
      ],
    },
  })
  const id = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id, add: [salesChannelId] } })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return id
}

type OptionInput = {
  locationId: string
  kind: "shipping" | "pickup"
  name: string
  price: number
  regionId: string
  shippingProfileId: string
}

async function ensureShippingOption(container: MedusaContainer, o: OptionInput) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({ name: o.name })
  if (existing) return
  const set = await fulfillment.createFulfillmentSets({
    name: `${o.name} (${o.locationId})`,
    type: o.kind,
    service_zones: [{ name: o.name, geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: o.locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: o.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: o.shippingProfileId,
        type: {
          label: o.kind === "pickup" ? "Nhận tại điểm bán" : "Giao hàng",
          description: o.kind === "pickup" ? "Pickup at an OCOP sales point" : "Home delivery",
          code: o.kind,
        },
        prices: [
          { currency_code: "vnd", amount: o.price },
          { region_id: o.regionId, amount: o.price },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
}

/** Records on the store that the demo seed ran to its end (what `npm start` checks). */
export async function markSeeded(container: MedusaContainer) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...store.metadata, demo_seed: new Date().toISOString() } },
    },
  })
}
