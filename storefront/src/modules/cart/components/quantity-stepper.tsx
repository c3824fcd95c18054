"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

/**
 * A quantity with − and + buttons big enough for a thumb (44 px). The number stays an ordinary
 * field named `name`, so the form it sits in works the same without JavaScript (typing only).
 */
export function QuantityStepper({
  id,
  name = "quantity",
  label,
  min = 1,
  max = 99,
  initial = 1,
}: {
  id: string
  name?: string
  label: string
  min?: number
  max?: number
  initial?: number
}) {
  const t = useTranslations("Product")
  const [value, setValue] = useState(String(initial))
  const n = Number(value)
  const step = (by: number) => setValue(String(clamp((Number.isInteger(n) ? n : initial) + by, min, max)))
  const button = "h-11 w-11 shrink-0 text-xl font-bold text-stone-800 disabled:text-stone-300"
  return (
    <div className="inline-flex items-center rounded border border-stone-300 bg-white">
      <button
        type="button"
        className={button}
        onClick={() => step(-1)}
        disabled={n <= min}
        aria-label={t("less", { label })}
      >
        −
      </button>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="h-11 w-12 border-x border-stone-300 text-center [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button
        type="button"
        className={button}
        onClick={() => step(1)}
        disabled={n >= max}
        aria-label={t("more", { label })}
      >
        +
      </button>
    </div>
  )
}
