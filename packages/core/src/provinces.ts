/**
 * The 34 provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15), as a
 * delivery address names them. Quảng Trị, the shop's own province, comes first; the rest follow
 * in Vietnamese alphabetical order. `key` is an ASCII slug stored with addresses so a later
 * renaming does not orphan them.
 */
export const VIETNAM_PROVINCES = [
  { key: "quang-tri", name: "Tỉnh Quảng Trị" },
  { key: "an-giang", name: "Tỉnh An Giang" },
  { key: "bac-ninh", name: "Tỉnh Bắc Ninh" },
  { key: "ca-mau", name: "Tỉnh Cà Mau" },
  { key: "can-tho", name: "Thành phố Cần Thơ" },
  { key: "cao-bang", name: "Tỉnh Cao Bằng" },
  { key: "da-nang", name: "Thành phố Đà Nẵng" },
  { key: "dak-lak", name: "Tỉnh Đắk Lắk" },
  { key: "dien-bien", name: "Tỉnh Điện Biên" },
  { key: "dong-nai", name: "Tỉnh Đồng Nai" },
  { key: "dong-thap", name: "Tỉnh Đồng Tháp" },
  { key: "gia-lai", name: "Tỉnh Gia Lai" },
  { key: "ha-noi", name: "Thành phố Hà Nội" },
  { key: "ha-tinh", name: "Tỉnh Hà Tĩnh" },
  { key: "hai-phong", name: "Thành phố Hải Phòng" },
  { key: "ho-chi-minh", name: "Thành phố Hồ Chí Minh" },
  { key: "hue", name: "Thành phố Huế" },
  { key: "hung-yen", name: "Tỉnh Hưng Yên" },
  { key: "khanh-hoa", name: "Tỉnh Khánh Hòa" },
  { key: "lai-chau", name: "Tỉnh Lai Châu" },
  { key: "lam-dong", name: "Tỉnh Lâm Đồng" },
  { key: "lang-son", name: "Tỉnh Lạng Sơn" },
  { key: "lao-cai", name: "Tỉnh Lào Cai" },
  { key: "nghe-an", name: "Tỉnh Nghệ An" },
  { key: "ninh-binh", name: "Tỉnh Ninh Bình" },
  { key: "phu-tho", name: "Tỉnh Phú Thọ" },
  { key: "quang-ngai", name: "Tỉnh Quảng Ngãi" },
  { key: "quang-ninh", name: "Tỉnh Quảng Ninh" },
  { key: "son-la", name: "Tỉnh Sơn La" },
  { key: "tay-ninh", name: "Tỉnh Tây Ninh" },
  { key: "thai-nguyen", name: "Tỉnh Thái Nguyên" },
  { key: "thanh-hoa", name: "Tỉnh Thanh Hóa" },
  { key: "tuyen-quang", name: "Tỉnh Tuyên Quang" },
  { key: "vinh-long", name: "Tỉnh Vĩnh Long" },
] as const

export type ProvinceKey = (typeof VIETNAM_PROVINCES)[number]["key"]

export function provinceByKey(key: string) {
  return VIETNAM_PROVINCES.find((p) => p.key === key) ?? null
}
