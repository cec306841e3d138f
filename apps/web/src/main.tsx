import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import './styles/theme.css'
import './styles/panels.css'
import './styles/layout.css'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { intlLocale, loadMessages, t } from './i18n/translate'
import { preloadMap } from './MapArea'
import { queryClient, TRPCProvider, trpcClient } from './trpc'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

document.documentElement.lang = intlLocale
preloadMap()
await loadMessages()
document.title = t('app.title')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
)
