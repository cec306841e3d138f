import { type InputHTMLAttributes, type ReactNode, useId } from 'react'

/** What a field's control needs to be named by its label and described by its hint and error. */
interface ControlProps {
  id: string
  'aria-invalid': boolean | undefined
  'aria-describedby': string | undefined
}

interface Props {
  label: string
  /** The schema's or the server's complaint, shown under the control. */
  error?: string | undefined
  hint?: string
  children(control: ControlProps): ReactNode
}

/** A labelled control with its hint and, beside it, what is wrong with it. */
export function Field({ label, error, hint, children }: Props) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className="edit-field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

type TextProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> & {
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  hint?: string
}

/** A one-line text field. */
export function TextField({ label, value, onChange, error, hint, ...input }: TextProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...input}
          {...control}
          className="text-input"
          type={input.type ?? 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

/** A text field whose empty value is null, as the schema writes what is not stated. */
export function OptionalTextField({
  value,
  onChange,
  ...props
}: Omit<TextProps, 'value' | 'onChange'> & { value: string | null; onChange(value: string | null): void }) {
  return (
    <TextField
      {...props}
      value={value ?? ''}
      onChange={(text) => onChange(text.trim() === '' ? null : text)}
    />
  )
}

interface TextAreaProps {
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  hint?: string
  rows?: number
  /** The language the text is written in, where it is not the interface's (a translation). */
  lang?: string
}

/** A text of several lines. */
export function TextAreaField({ label, value, onChange, error, hint, rows = 3, lang }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          className="text-input"
          lang={lang}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}

interface SelectProps<Value extends string> {
  label: string
  value: Value | ''
  options: readonly { value: Value; label: string }[]
  onChange(value: Value): void
  error?: string | undefined
  /** Shown while nothing is chosen. */
  placeholder?: string
}

/** A choice from a closed list. */
export function SelectField<Value extends string>({
  label,
  value,
  options,
  onChange,
  error,
  placeholder,
}: SelectProps<Value>) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select
          {...control}
          className="text-input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value)
            if (chosen) onChange(chosen.value)
          }}
        >
          {value === '' || placeholder ? (
            <option value="" disabled>
              {placeholder ?? ''}
            </option>
          ) : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

interface OptionalSelectProps {
  label: string
  /** Null while none is chosen, as the schema writes what is not stated. */
  value: string | null
  options: readonly { value: string; label: string }[]
  /** The words of the choice of none ("None"). */
  none: string
  onChange(value: string | null): void
  error?: string | undefined
}

/** A choice from a list that may also be none: an initiative's parent, a tour's initiative. */
export function OptionalSelectField({ label, value, options, none, onChange, error }: OptionalSelectProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select
          {...control}
          className="text-input"
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{none}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

type PasswordProps = Pick<TextProps, 'label' | 'value' | 'onChange' | 'error'> & {
  /** 'current-password' to sign in, 'new-password' to choose one, so that a password manager fills the right one. */
  autoComplete: 'current-password' | 'new-password'
}

/** A password, hidden as it is typed. */
export function PasswordField(props: PasswordProps) {
  return <TextField {...props} type="password" />
}
