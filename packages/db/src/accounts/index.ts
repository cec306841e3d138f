export * from './sessions'
export * from './signInFailures'
export * from './signInLinks'
export * from './users'
