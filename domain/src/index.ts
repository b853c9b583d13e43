// Public API of @capaian/domain: the rules of the regulation as pure functions.
export { DomainError, formatAngka, roundHalfUp, type DomainErrorCode, type Result } from './common';
export * from './rating';
export * from './kurva';
export * from './angka-kredit';
export * from './suggest-rating';
export * from './periode';
export * from './workflow';
export * from './nip';
export * from './kepegawaian';
export * from './tpp';
export * from './berakhlak';
export * from './bimbingan';
export * from './kehadiran';
export * from './pemantauan';
export * from './survei';
export * from './pengaturan';
export * from './tindak-lanjut';
export * from './pengembangan';
