// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithUser } from '../testing/renderWithUser'
import type { OnExportProgress } from './exportProgress'
import { ImageSection } from './ImageSection'

describe('ImageSection', () => {
  it('shows the step an export is on as a bar of its steps, until it is done', async () => {
    let tell: OnExportProgress = () => {}
    let finish: () => void = () => {}
    const { user } = renderWithUser(
      <ImageSection
        windowSize={{ width: 1440, height: 900 }}
        onExportPng={(_options, onProgress) => {
          tell = onProgress
          return new Promise((resolve) => {
            finish = resolve
          })
        }}
      />,
    )
    expect(screen.queryByRole('progressbar')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Export PNG' }))

    const bar = await screen.findByRole('progressbar', { name: 'Framing the image (step 1 of 4)' })
    expect(bar.getAttribute('value')).toBe('1')
    expect(bar.getAttribute('max')).toBe('4')
    act(() => tell('map'))
    expect(screen.getByRole('status').textContent).toBe('Drawing the map (step 2 of 4)')
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('2')
    act(() => tell('encoding'))
    expect(screen.getByRole('status').textContent).toBe('Saving the PNG (step 4 of 4)')

    await act(async () => finish())
    await screen.findByRole('button', { name: 'Export PNG' })
    expect(screen.queryByRole('progressbar')).toBeNull()
  })
})
