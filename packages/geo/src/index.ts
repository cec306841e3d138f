export * from './countryAt'
export * from './gazetteer'
export * from './greatCircle'
