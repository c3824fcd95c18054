import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react"

type ControlProps = { "aria-invalid"?: boolean; "aria-describedby"?: string }

/**
 * A labelled control with an optional hint and the API's refusal of it, in the page's language.
 * The control is given `id`; a refused one is marked invalid and described by its message.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined
  const control = isValidElement<ControlProps>(children)
    ? cloneElement(children as ReactElement<ControlProps>, {
        "aria-invalid": error ? true : undefined,
        "aria-describedby": described,
      })
    : children
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {control}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
