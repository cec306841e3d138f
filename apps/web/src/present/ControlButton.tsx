interface Props {
  label: string
  disabled?: boolean
  onClick(): void
  children: string
}

/**
 * An icon button named for screen readers. Disabled with aria-disabled rather than `disabled`, so that focus
 * stays on it at the first or last stop instead of falling back to the page.
 */
export function ControlButton({ label, disabled = false, onClick, children }: Props) {
  return (
    <button
      type="button"
      className="presentation-button"
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  )
}
