import { useId } from 'react'

interface Props {
  label: string
  value: string
  onChange(value: string): void
}

/** A labelled one-line title, as long as embedUrl and the image layout keep one. */
export function TitleField({ label, value, onChange }: Props) {
  const field = useId()
  return (
    <>
      <label htmlFor={field}>{label}</label>
      <input
        id={field}
        className="text-input"
        type="text"
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  )
}
