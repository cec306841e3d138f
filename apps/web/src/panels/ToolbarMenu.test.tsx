// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { defaultAtlasView } from '../state/defaultAtlasView'
import { renderWithUser } from '../testing/renderWithUser'
import { ToolbarMenu } from './ToolbarMenu'

const toolbarMenu = () => {
  const actions = {
    onTheme: vi.fn(),
    onOptions: vi.fn(),
    onToggleTable: vi.fn(),
    onTours: vi.fn(),
    onShare: vi.fn(),
  }
  const { options } = defaultAtlasView('light')
  const rendered = renderWithUser(
    <>
      <ToolbarMenu theme="light" options={options} tableOpen={false} {...actions} />
      <button type="button">Elsewhere</button>
    </>,
  )
  const menuButton = screen.getByRole('button', { name: 'Menu' })
  return { ...rendered, ...actions, menuButton }
}

describe('ToolbarMenu', () => {
  it('is a button that names the toolbar it shows and hides', async () => {
    const { user, menuButton } = toolbarMenu()
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
    const toolbar = document.getElementById(menuButton.getAttribute('aria-controls') ?? '')
    expect(toolbar?.contains(screen.getByRole('button', { name: 'Tours' }))).toBe(true)
    await user.click(menuButton)
    expect(menuButton.getAttribute('aria-expanded')).toBe('true')
    await user.click(menuButton)
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
  })

  it('reaches its items with Tab, and Escape closes it and gives focus back to the button', async () => {
    const { user, menuButton, onTheme } = toolbarMenu()
    menuButton.focus()
    await user.keyboard('{Enter}')
    expect(menuButton.getAttribute('aria-expanded')).toBe('true')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Initiative' }))
    // From the colour's radio group on through the toggles, to the dark theme.
    await user.tab()
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dark theme' }))
    await user.keyboard(' ')
    expect(onTheme).toHaveBeenCalledExactlyOnceWith('dark')
    expect(menuButton.getAttribute('aria-expanded')).toBe('true')
    await user.keyboard('{Escape}')
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(menuButton)
  })

  it('closes as an action opens something else, with the focus on the button for the dialog to give back', async () => {
    const { user, menuButton, onShare, onTours } = toolbarMenu()
    await user.click(menuButton)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(onShare).toHaveBeenCalledOnce()
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(menuButton)

    await user.click(menuButton)
    await user.click(screen.getByRole('button', { name: 'Tours' }))
    expect(onTours).toHaveBeenCalledOnce()
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
  })

  it('closes when the person taps or moves the focus outside it', async () => {
    const { user, menuButton } = toolbarMenu()
    await user.click(menuButton)
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }))
    expect(menuButton.getAttribute('aria-expanded')).toBe('false')
    await user.click(menuButton)
    screen.getByRole('button', { name: 'Elsewhere' }).focus()
    await vi.waitFor(() => expect(menuButton.getAttribute('aria-expanded')).toBe('false'))
  })
})
