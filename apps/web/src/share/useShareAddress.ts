import { type SiteAddresses, siteAddressesSchema } from '@atlas/schema'
import { useQuery } from '@tanstack/react-query'
import { type ShareAddress, shareAddress } from './shareAddress'

/**
 * Where the page's view is shared at (shareAddress.ts), once the server has said where it can be reached: asked as
 * the page opens, so that the share dialog has the answer when opened, then kept for the page's life. Until it
 * answers, or if it cannot, the page's own address is shared.
 */
export function useShareAddress(): ShareAddress {
  const { data } = useQuery({
    queryKey: ['siteAddresses'],
    queryFn: fetchSiteAddresses,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return shareAddress(window.location.href, data)
}

async function fetchSiteAddresses(): Promise<SiteAddresses> {
  const response = await fetch('/api/addresses')
  if (!response.ok) throw new Error(`/api/addresses answered ${response.status}`)
  return siteAddressesSchema.parse(await response.json())
}
