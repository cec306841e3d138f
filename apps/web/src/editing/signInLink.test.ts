import { describe, expect, it } from 'vitest'
import { signInUrl, takeSignInToken } from './signInLink'

describe('takeSignInToken', () => {
  it('takes the token out of the address and keeps the rest as written', () => {
    expect(takeSignInToken('?v=1,2,3&signin=abc123&sel=i:x')).toEqual({
      token: 'abc123',
      search: '?v=1,2,3&sel=i:x',
    })
    expect(takeSignInToken('?signin=abc')).toEqual({ token: 'abc', search: '' })
  })

  it('leaves an address without a token alone', () => {
    expect(takeSignInToken('?v=1,2,3')).toEqual({ token: null, search: '?v=1,2,3' })
    expect(takeSignInToken('?signin=')).toEqual({ token: null, search: '?signin=' })
  })
})

describe('signInUrl', () => {
  it('puts the token on the site’s address', () => {
    expect(signInUrl('a b', 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/?signin=a%20b')
  })
})
