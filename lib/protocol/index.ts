/**
 * The protocol's types, for modules that import them from `lib/protocol` as a whole. Values come
 * from their own module (./ask.ts, ./schemas.ts, ./senders.ts), so that importing a type never
 * takes zod into a bundle.
 */
export type * from './answers';
export type * from './requests';
export type * from './schemas';
