"use client"

import { useTranslations } from "next-intl"
import { useState, useSyncExternalStore } from "react"

const subscribe = () => () => {}

/**
 * Copies one transfer detail to the clipboard, for pasting into a banking app on the same phone.
 * Shown only once scripts run: without them it could do nothing, and the text stays selectable.
 */
export function CopyButton({ value, label, testId }: { value: string; label: string; testId: string }) {
  const t = useTranslations("VietQr")
  const scripted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [copied, setCopied] = useState(false)
  if (!scripted) return null
  const copy = async () => {
    await navigator.clipboard.writeText(value)
    setCopied(true)
    setTimeout(() => setCopied(false), 2000)
  }
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className="min-h-11 min-w-11 shrink-0 rounded border border-stone-300 px-3 text-xs font-semibold"
      data-testid={testId}
    >
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
    </button>
  )
}
