/** Words for OCOP codes as shoppers read them, Vietnamese first. */
export type Locale = "vi" | "en"

export const SUBJECT_TYPE_LABEL: Record<Locale, Record<string, string>> = {
  vi: {
    enterprise: "Doanh nghiệp",
    cooperative: "Hợp tác xã",
    cooperative_group: "Tổ hợp tác",
    household: "Hộ kinh doanh",
  },
  en: {
    enterprise: "Enterprise",
    cooperative: "Co-operative",
    cooperative_group: "Co-operative group",
    household: "Household business",
  },
}

/** "★★★★☆" for 4 stars out of OCOP's 5. */
export const starGlyphs = (stars: number) => "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars))
