export * from './daftar-error'
