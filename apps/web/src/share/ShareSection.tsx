import { type ReactNode, useId } from 'react'

/** One part of the share dialog, named by its heading. */
export function ShareSection({ title, children }: { title: string; children: ReactNode }) {
  const heading = useId()
  return (
    <section className="share-section" aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      {children}
    </section>
  )
}
