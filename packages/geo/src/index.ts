export * from './countryAt'
export * from './gazetteer'
export * from './greatCircle'
export * from './outsideCountry'
