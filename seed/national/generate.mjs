// The synthetic national-scale dataset: deterministic for a given seed and as-of date, generated on
// demand (nothing is held in memory beyond one batch), and written by `load.mjs` through the shop's
// own import paths. Every name carries "dữ liệu tổng hợp": this is SYNTHETIC DATA, not a record of
// any real producer or product. Province names are the 34 real provincial units; everything below
// them (communes, producers, products, certificates, lots, serials, scans, fairs, agreements) is made up.
import { frameworkOn, lastDayAfterMonths, starsForScore, toHandle, VIETNAM_PROVINCES } from "@ocop/core"

/** The national roll-out's order of magnitude: about 16,000 OCOP products and 3,321 communes in 2025. */
export const NATIONAL = Object.freeze({
  communes: 3321,
  producers: 15000,
  products: 20000,
  lotsPerProduct: 10,
  serialsPerLot: 10,
  scans: 50000,
  fairs: 34,
  exhibitorsPerFair: 30,
  buyers: 300,
  sellerAccounts: 300,
  agreements: 1000,
})

/** `scale` shrinks every count (tests use 0.005); per-lot and per-fair counts stay as they are. */
export function nationalConfig({ scale = 1, seed = 20261129, asOf } = {}) {
  const n = (x, min = 1) => Math.max(min, Math.round(x * scale))
  return {
    seed,
    asOf: asOf ?? new Date().toISOString().slice(0, 10),
    communes: n(NATIONAL.communes, VIETNAM_PROVINCES.length),
    producers: n(NATIONAL.producers),
    products: Math.max(n(NATIONAL.products), n(NATIONAL.producers)),
    lotsPerProduct: NATIONAL.lotsPerProduct,
    serialsPerLot: NATIONAL.serialsPerLot,
    scans: n(NATIONAL.scans),
    fairs: Math.min(n(NATIONAL.fairs), VIETNAM_PROVINCES.length),
    exhibitorsPerFair: NATIONAL.exhibitorsPerFair,
    buyers: n(NATIONAL.buyers),
    sellerAccounts: Math.min(n(NATIONAL.sellerAccounts), n(NATIONAL.producers)),
    agreements: n(NATIONAL.agreements),
  }
}

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One independent stream per record: record i's data does not depend on how many came before it. */
const streamFor = (cfg, kind, i) => prng((cfg.seed ^ Math.imul(kind, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0)
const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)]
const weighted = (rand, pairs) => {
  let r = rand() * pairs.reduce((s, [, w]) => s + w, 0)
  for (const [value, w] of pairs) if ((r -= w) < 0) return value
  return pairs[pairs.length - 1][0]
}
const pad = (i, width) => String(i).padStart(width, "0")
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const MARK = "dữ liệu tổng hợp"

// Product names by OCOP product set (QĐ 148/2023 Appendix I): the words people search for.
const NOUNS = {
  "I.1.a": ["Bưởi da xanh", "Cam sành", "Xoài cát", "Thanh long ruột đỏ", "Khoai lang mật"],
  "I.1.b": ["Trứng gà ta", "Thịt heo đen", "Tôm càng xanh", "Sữa bò tươi"],
  "I.2.a": ["Gạo thơm", "Gạo lứt", "Nếp cái hoa vàng"],
  "I.2.b": ["Mật ong rừng", "Mật ong hoa cà phê", "Mật mía"],
  "I.3.a": ["Bánh mì khô", "Xúc xích tươi", "Chả giò rế"],
  "I.3.b": ["Bún khô", "Bánh tráng", "Miến dong", "Bánh đa nem"],
  "I.3.c": ["Hạt điều rang muối", "Mứt gừng", "Mít sấy", "Chuối sấy dẻo"],
  "I.3.d": ["Mực một nắng", "Cá khô", "Chả cá", "Nem chua", "Lạp xưởng"],
  "I.4.a": ["Nước mắm", "Tương ớt", "Nước tương"],
  "I.4.b": ["Hạt tiêu", "Muối tôm", "Tỏi cô đơn", "Muối ớt"],
  "I.5.a": ["Trà xanh", "Chè búp", "Trà shan tuyết"],
  "I.5.b": ["Trà atisô", "Trà hoa cúc", "Trà mãng cầu"],
  "I.6": ["Cà phê hạt rang", "Cà phê bột", "Ca cao nguyên chất"],
  "II.1.a": ["Rượu nếp", "Rượu ngô men lá", "Rượu cần"],
  "II.1.b": ["Rượu sim", "Rượu vang nho", "Rượu mơ"],
  "II.2.a": ["Nước khoáng thiên nhiên", "Nước uống đóng chai"],
  "II.2.b": ["Nước cốt chanh dây", "Nước ép dứa", "Siro gừng"],
  "III.1": ["Cao dược liệu", "Trà túi lọc dược liệu", "Nấm linh chi"],
  "III.2": ["Xà phòng thảo mộc", "Son dưỡng sáp ong", "Dầu gội bồ kết"],
  "III.3": ["Tinh dầu tràm", "Tinh dầu sả", "Tinh dầu quế"],
  "IV.1": ["Giỏ mây tre đan", "Tượng gỗ mỹ nghệ", "Gốm sứ men lam", "Nón lá"],
  "IV.2": ["Vải thổ cẩm", "Khăn lụa tơ tằm", "Áo dài thêu tay"],
  "V.1": ["Hoa lan hồ điệp", "Hoa cúc chậu"],
  "V.2": ["Bonsai sanh", "Cây mai vàng"],
  "V.3": ["Cá koi", "Chim chào mào"],
  "VI.1": ["Tour trải nghiệm làng nghề", "Du lịch cộng đồng bản làng"],
}
const QUALIFIERS = ["đặc sản", "truyền thống", "hữu cơ", "thượng hạng", "gia truyền", "sạch", "làng nghề"]
const PACKS = [
  ["Gói 250 g", 250, 45_000],
  ["Hũ 500 g", 500, 85_000],
  ["Chai 500 ml", 550, 70_000],
  ["Hộp quà 1 kg", 1000, 240_000],
]
const SUBJECT_TYPES = [
  ["cooperative", 40],
  ["enterprise", 30],
  ["household", 25],
  ["cooperative_group", 5],
]
const TYPE_LABEL = { cooperative: "HTX", enterprise: "Công ty", household: "Hộ", cooperative_group: "Tổ hợp tác" }
// Roughly the national mix: three in four products are 3★, a quarter 4★, a few 5★; some 2★ never list.
const STARS = [
  [3, 70],
  [4, 23],
  [5, 2],
  [2, 5],
]
const STATUS = [
  ["active", 955],
  ["revoked", 15],
  ["suspended", 10],
  ["expired", 20],
]

export const province = (i) => VIETNAM_PROVINCES[i % VIETNAM_PROVINCES.length]
const groupCodes = Object.keys(NOUNS)

/** 34 provinces (codes P01…P34) and the communes under them (codes N0001…), valid since the 2025 reform. */
export function* adminUnits(cfg) {
  for (let p = 0; p < VIETNAM_PROVINCES.length; p++)
    yield {
      code: `P${pad(p + 1, 2)}`,
      name: `${province(p).name} (${MARK})`,
      level: "province",
      parent_code: null,
      valid_from: "2025-07-01",
      valid_to: null,
    }
  for (let c = 0; c < cfg.communes; c++) yield commune(cfg, c)
}

export function commune(cfg, c) {
  const p = c % VIETNAM_PROVINCES.length
  return {
    code: `N${pad(c + 1, 4)}`,
    name: `Xã Tổng Hợp ${pad(c + 1, 4)}, ${province(p).name.replace(/^(Tỉnh|Thành phố) /, "")}`,
    level: "commune",
    parent_code: `P${pad(p + 1, 2)}`,
    valid_from: "2025-07-01",
    valid_to: null,
  }
}

export function producer(cfg, i) {
  const rand = streamFor(cfg, 1, i)
  const type = weighted(rand, SUBJECT_TYPES)
  return {
    key: `nat-cs-${pad(i, 5)}`,
    name: `${TYPE_LABEL[type]} Tổng Hợp ${pad(i, 5)} (${MARK})`,
    type,
    commune_code: commune(cfg, Math.floor(rand() * cfg.communes)).code,
  }
}

/** Products 0…producers-1 belong one to each producer; the rest spread over producers at random. */
export const producerOfProduct = (cfg, i) =>
  i < cfg.producers ? i : Math.floor(streamFor(cfg, 2, i)() * cfg.producers)

export function product(cfg, i) {
  const rand = streamFor(cfg, 3, i)
  const group = groupCodes[i % groupCodes.length]
  const noun = pick(rand, NOUNS[group])
  const qualifier = pick(rand, QUALIFIERS)
  const owner = producer(cfg, producerOfProduct(cfg, i))
  const place = province(Number(owner.commune_code.slice(1)) - 1).name.replace(/^(Tỉnh|Thành phố) /, "")
  const packs = rand() < 0.5 ? [pick(rand, PACKS)] : [PACKS[0], PACKS[3]]
  const handle = `nat-${toHandle(noun)}-${pad(i, 5)}`
  return {
    handle,
    title: `${noun} ${qualifier} ${place} ${pad(i, 5)}`,
    subtitle: `Sản phẩm ${MARK} quy mô quốc gia, không phải sản phẩm thật`,
    noun,
    group_code: group,
    producer: owner,
    variants: packs.map(([title, weight, price], v) => ({
      title,
      sku: `${handle.toUpperCase()}-${v + 1}`,
      weight_g: weight,
      price: price + Math.floor(rand() * 40) * 1000,
    })),
  }
}

/**
 * The product's certificate as the registry publishes it (the shape `RegistryRow` checks): a score in
 * the star band drawn, parts A/B/C in proportion to the framework's maxima, valid 36 months from the
 * decision. Active certificates are decided within the last three years, expired ones before that.
 */
export function registryRow(cfg, i, frameworks) {
  const rand = streamFor(cfg, 4, i)
  const p = product(cfg, i)
  const stars = weighted(rand, STARS)
  const status = weighted(rand, STATUS)
  const back = status === "expired" ? 1100 + Math.floor(rand() * 600) : Math.floor(rand() * 1000)
  const decision_date = addDays(cfg.asOf, -back - 30)
  const framework = frameworkOn(frameworks, decision_date)
  const bands = framework.star_bands
  const band = bands.findIndex((b) => b.stars === stars)
  const low = bands[band].min_score
  const high = band + 1 < bands.length ? bands[band + 1].min_score - 0.01 : 100
  const score = Math.round((low + rand() * (high - low)) * 100) / 100
  const max = framework.score_parts_max
  const a = Math.round(((score * max.A) / 100) * 100) / 100
  const b = Math.round(((score * max.B) / 100) * 100) / 100
  const c = Math.round((score - a - b) * 100) / 100
  if (starsForScore(framework, score) !== stars) throw new Error(`generator: ${score} is not ${stars}★`)
  const withdrawn = status === "revoked" || status === "suspended"
  return {
    certificate_number: `TH-${decision_date.slice(0, 4)}-${pad(i, 6)}`,
    product_handle: p.handle,
    subject_key: p.producer.key,
    subject_name: p.producer.name,
    subject_type: p.producer.type,
    subject_commune_code: p.producer.commune_code,
    stars,
    score,
    score_a: a,
    score_b: b,
    score_c: c,
    framework_code: framework.code,
    decision_number: `${1000 + (i % 9000)}/QĐ-TH`,
    decision_date,
    authority: `UBND ${province(Number(p.producer.commune_code.slice(1)) - 1).name} (${MARK})`,
    valid_from: decision_date,
    valid_until: lastDayAfterMonths(decision_date, framework.validity_months),
    status: status === "expired" ? "active" : status,
    status_reason: withdrawn ? (status === "revoked" ? "food_safety_violation" : "other") : null,
    status_decision_number: withdrawn ? `${i}/QĐ-TH-THU-HOI` : null,
    status_decision_date: withdrawn ? addDays(decision_date, 200) : null,
  }
}

/** Lot j of product i: produced in the last two years, ten labelled units each. */
export function lot(cfg, i, j) {
  const rand = streamFor(cfg, 5, i * cfg.lotsPerProduct + j)
  const produced_on = addDays(cfg.asOf, -Math.floor(rand() * 700) - 1)
  return {
    code: `TH${produced_on.slice(2, 4)}${pad(i, 5)}${pad(j, 2)}`,
    produced_on,
    expires_on: addDays(produced_on, 365),
    quantity: 200 + Math.floor(rand() * 800),
    origin: `Nguyên liệu tại ${commune(cfg, Math.floor(rand() * cfg.communes)).name} (${MARK})`,
    serials: cfg.serialsPerLot,
  }
}

/** Spreads `cfg.scans` scans evenly over the lots: lot k gets floor((k+1)·S/L) − floor(k·S/L). */
export function scansOfLot(cfg, i, j) {
  const lots = cfg.products * cfg.lotsPerProduct
  const k = i * cfg.lotsPerProduct + j
  const count = Math.floor(((k + 1) * cfg.scans) / lots) - Math.floor((k * cfg.scans) / lots)
  const rand = streamFor(cfg, 6, k)
  return Array.from({ length: count }, () => ({
    serial: Math.floor(rand() * cfg.serialsPerLot),
    days_ago: Math.floor(rand() * 60),
    device: weighted(rand, [
      ["android", 55],
      ["ios", 35],
      ["desktop", 8],
      ["other", 2],
    ]),
    country: rand() < 0.9 ? "VN" : pick(rand, ["KR", "JP", "US", "FR"]),
  }))
}

/** A provincial OCOP fair in each province, held in the past year. */
export function fair(cfg, f) {
  const starts_on = addDays(cfg.asOf, -30 - f * 9)
  const name = province(f).name.replace(/^(Tỉnh|Thành phố) /, "")
  return {
    handle: `nat-hoi-cho-ocop-${province(f).key}`,
    kind: "fair",
    name: `Hội chợ OCOP ${name} (${MARK})`,
    name_en: `${name} OCOP Fair (synthetic data)`,
    starts_on,
    ends_on: addDays(starts_on, 2),
    venue: `Trung tâm hội chợ ${name} (${MARK})`,
    organiser: `Sở Công Thương ${province(f).name} (${MARK})`,
    tables: 10,
  }
}

/** Businesses: buyers first, then producers' accounts (tied to producers 0…sellerAccounts-1). */
export function business(cfg, b) {
  const seller = b >= cfg.buyers
  const n = seller ? b - cfg.buyers : b
  const rand = streamFor(cfg, 7, b)
  const type = seller ? "producer" : pick(rand, ["distributor", "supermarket", "hotel_restaurant", "exporter"])
  return {
    key: seller ? `nat-seller-${pad(n, 5)}` : `nat-buyer-${pad(n, 5)}`,
    email: `${seller ? "nat-seller" : "nat-buyer"}-${pad(n, 5)}@synthetic.ocop.local`,
    producer: seller ? n : null,
    profile: {
      company_name: seller ? producer(cfg, n).name : `Doanh nghiệp mua Tổng Hợp ${pad(n, 5)} (${MARK})`,
      // Ten digits that no business holds: 90 (buyers) or 91 (producers) and the number.
      tax_code: `${seller ? 91 : 90}${pad(n, 8)}`,
      type,
      commune_code: commune(cfg, Math.floor(rand() * cfg.communes)).code,
    },
  }
}

/** Agreement a: a buyer with a producer's account, over one of its products; most signed. */
export function agreement(cfg, a) {
  const rand = streamFor(cfg, 8, a)
  const seller = a % cfg.sellerAccounts
  const term_start = addDays(cfg.asOf, -Math.floor(rand() * 300))
  return {
    buyer: Math.floor(rand() * cfg.buyers),
    seller,
    product: seller, // product i belongs to producer i for i < producers
    kind: rand() < 0.6 ? "mou" : "contract",
    quantity: 100 * (1 + Math.floor(rand() * 20)),
    term_start,
    term_end: addDays(term_start, 365),
    sign: rand() < 0.7,
  }
}
