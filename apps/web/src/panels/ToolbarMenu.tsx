import { type ComponentProps, useCallback, useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n/translate'
import { Toolbar } from './Toolbar'

type Props = Omit<ComponentProps<typeof Toolbar>, 'id'>

/**
 * The toolbar, folded behind a menu button where the screen is too narrow to show it (styles/layout.css shows the
 * one or the other). A disclosure rather than an ARIA menu, so that the toolbar's own controls (a radio group,
 * toggles, buttons) keep their roles and are reached with Tab. Escape closes it and gives focus back to the button;
 * so does an action that opens something else (the table, a dialog), so that a dialog gives focus back there as it
 * closes. A tap outside, or the focus moving outside, closes it too.
 */
export function ToolbarMenu(props: Props) {
  const [open, setOpen] = useState(false)
  const menu = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const toolbarId = useId()

  const closeToButton = useCallback(() => {
    setOpen(false)
    button.current?.focus()
  }, [])
  /** Where the toolbar shows without the menu (a wide screen), an action leaves the focus where it is. */
  const thenClose = (action: () => void) => () => {
    if (open) closeToButton()
    action()
  }

  useEffect(() => {
    if (!open) return
    const outside = (event: Event) => event.target instanceof Node && !menu.current?.contains(event.target)
    const onPointerOrFocus = (event: Event) => {
      if (outside(event)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      closeToButton()
    }
    document.addEventListener('pointerdown', onPointerOrFocus)
    document.addEventListener('focusin', onPointerOrFocus)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerOrFocus)
      document.removeEventListener('focusin', onPointerOrFocus)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open, closeToButton])

  return (
    <div ref={menu} className="toolbar-menu" data-open={open}>
      <button
        ref={button}
        type="button"
        className="button toolbar-menu-button"
        aria-expanded={open}
        aria-controls={toolbarId}
        onClick={() => setOpen((shown) => !shown)}
      >
        <span aria-hidden="true">☰</span>
        {t('toolbar.menu')}
      </button>
      <Toolbar
        {...props}
        id={toolbarId}
        onToggleTable={thenClose(props.onToggleTable)}
        onTours={thenClose(props.onTours)}
        onShare={thenClose(props.onShare)}
        closingMenu={thenClose}
      />
    </div>
  )
}
