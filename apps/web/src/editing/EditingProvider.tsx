import './editing.css'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { type ReactNode, useCallback, useMemo, useState } from 'react'
import type { AtlasData } from '../data/useAtlasData'
import type { UrlStore } from '../state/urlStore'
import { useTRPC } from '../trpc'
import { ChoosePasswordDialog } from './ChoosePasswordDialog'
import { type Editing, EditingContext } from './EditingContext'
import { EditorsDialog } from './EditorsDialog'
import type { EditTarget } from './editTarget'
import { RecentChangesDialog } from './RecentChangesDialog'
import { SignInDialog } from './SignInDialog'
import { useSignInToken } from './useSignInToken'

/** How close the map comes to a place picked in a form: near enough to see the campus to drag the pin to. */
const PLACE_ZOOM = 11

interface Props {
  map: MapLibreMap | null
  data: AtlasData | null
  update: UrlStore['update']
  children: ReactNode
}

/**
 * Who is signed in, and what follows from it: the sign-in, password and accounts dialogs, and the form open beside
 * the map. The session is an HttpOnly cookie the page cannot read, so the server is asked (auth.me).
 */
export function EditingProvider({ map, data, update, children }: Props) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const { data: account = null } = useQuery(
    trpc.auth.me.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  )
  const [dialog, setDialog] = useState<'signIn' | 'editors' | 'recent' | null>(null)
  const [target, setTarget] = useState<EditTarget | null>(null)
  const { token, forget: forgetToken } = useSignInToken()

  const refresh = useCallback(() => queryClient.invalidateQueries(), [queryClient])
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        setTarget(null)
        queryClient.setQueryData(trpc.auth.me.queryKey(), null)
        // What only an editor was shown (a record to edit, a history) must not stay in the cache.
        queryClient.removeQueries({ queryKey: trpc.history.pathKey() })
        queryClient.removeQueries({ queryKey: trpc.user.pathKey() })
      },
    }),
  )
  const signedIn = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    [queryClient, trpc],
  )

  const editing = useMemo<Editing>(
    () => ({
      account,
      openSignIn: () => setDialog('signIn'),
      openEditors: () => setDialog('editors'),
      openRecentChanges: () => setDialog('recent'),
      signOut: () => signOut.mutate(),
      target: account ? target : null,
      edit: setTarget,
      finish: (saved) => {
        setTarget(null)
        if (saved !== undefined) update({ selection: saved })
      },
      refresh,
      map,
      flyTo: (lon, lat) =>
        update((current) => ({
          view: { ...current.view, lon, lat, zoom: Math.max(current.view.zoom, PLACE_ZOOM) },
        })),
      data,
    }),
    [account, target, signOut, refresh, map, update, data],
  )

  return (
    <EditingContext value={editing}>
      {children}
      <SignInDialog open={dialog === 'signIn'} onClose={() => setDialog(null)} onSignedIn={signedIn} />
      {account?.role === 'admin' ? (
        <EditorsDialog open={dialog === 'editors'} onClose={() => setDialog(null)} account={account} />
      ) : null}
      {account ? <RecentChangesDialog open={dialog === 'recent'} onClose={() => setDialog(null)} /> : null}
      <ChoosePasswordDialog token={token} onClose={forgetToken} onSignedIn={signedIn} />
    </EditingContext>
  )
}
