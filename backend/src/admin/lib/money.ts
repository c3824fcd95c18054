import { formatVnd } from "./core"

/**
 * VND as officials read it ("125.000 ₫"). Rounded first: the values come from numeric columns and
 * sums, and one stray fraction would make formatVnd throw and blank the whole screen.
 */
export const money = (amount: number) => formatVnd(Math.round(amount))
