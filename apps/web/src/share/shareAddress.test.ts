import { describe, expect, it } from 'vitest'
import { shareAddress } from './shareAddress'

const VIEW = '?i=belt-and-road&c=PL,CN&sel=i:lodz-university-of-technology&v=19.5,51.8,4.2,0,0'

describe('shareAddress', () => {
  it('names PUBLIC_URL, with its path, whatever address the browser used', () => {
    const addresses = { publicUrl: 'https://atlas.example.org/partners/', networkUrls: [] }
    for (const page of [`http://localhost:3000/${VIEW}`, `http://192.168.1.20:3000/${VIEW}#x`]) {
      expect(shareAddress(page, addresses)).toEqual({
        url: `https://atlas.example.org/partners/${VIEW}`,
        site: 'https://atlas.example.org/partners/',
        localOnly: null,
      })
    }
  })

  it('keeps the address the browser used when it reaches this machine from elsewhere', () => {
    expect(shareAddress(`http://192.168.1.20:3000/${VIEW}`, { publicUrl: null, networkUrls: [] })).toEqual({
      url: `http://192.168.1.20:3000/${VIEW}`,
      site: 'http://192.168.1.20:3000/',
      localOnly: null,
    })
    expect(shareAddress('https://atlas.example.org/?c=PL', undefined).localOnly).toBeNull()
  })

  it('says a loopback link opens on this computer only, and gives the view at each network address', () => {
    const addresses = { publicUrl: null, networkUrls: ['http://192.168.1.20:3000/', 'http://10.0.0.7:3000/'] }
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      expect(shareAddress(`http://${host}/${VIEW}`, addresses)).toEqual({
        url: `http://${host}/${VIEW}`,
        site: null,
        localOnly: { networkUrls: [`http://192.168.1.20:3000/${VIEW}`, `http://10.0.0.7:3000/${VIEW}`] },
      })
    }
  })

  it('says so too before the server has answered, with no network address to offer', () => {
    expect(shareAddress(`http://localhost:3000/${VIEW}`, undefined).localOnly).toEqual({ networkUrls: [] })
  })

  it('shares the view without the tour presenting it', () => {
    expect(
      shareAddress('http://localhost:3000/?c=PL&tour=bri&stop=2', {
        publicUrl: 'https://atlas.example.org/',
        networkUrls: [],
      }).url,
    ).toBe('https://atlas.example.org/?c=PL')
  })
})
