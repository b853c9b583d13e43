/**
 * Pieces every feature's contract uses: path parameters and small value schemas.
 * Messages are Indonesian (they reach people through the `fields` of a 400).
 */
import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid('id tidak valid') });
export type IdParams = z.infer<typeof IdParams>;

export const IsoDate = z.iso.date('harus berupa tanggal TTTT-BB-HH');

/** A person in a response: id and display name. */
export const Orang = z.object({ id: z.uuid(), nama: z.string() });
export type Orang = z.infer<typeof Orang>;

// Types of the schemas above, for the web app (import type).
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * The header every Capaian client sends with its API requests (value '1'). A write (POST, PUT,
 * PATCH, DELETE) without it, or from another site's Origin, is refused 403 'asal_ditolak': a
 * page on another site cannot add a custom header without the CORS preflight Capaian never grants.
 * The web imports the type and writes the literal (types only cross into the web).
 */
export type HeaderKlien = 'x-capaian';
export const HEADER_KLIEN: HeaderKlien = 'x-capaian';
