export * from './greatCircle'
