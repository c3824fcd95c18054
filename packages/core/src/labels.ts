/** "★★★★☆" for 4 stars out of OCOP's 5 (words for shoppers live in the storefront's messages). */
export const starGlyphs = (stars: number) => "★".repeat(stars) + "☆".repeat(Math.max(0, 5 - stars))
