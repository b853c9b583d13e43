import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { pegawai } from '../db/schema.js';
import { notify } from './service.js';

const t = await createTestContext({ clock: () => new Date('2026-03-02T01:00:00Z') });

type Bell = { items: Array<{ id: string; jenis: string; judul: string; pesan: string; tautan: string | null; dibacaAt: string | null; dibuatAt: string }>; jumlahBelumDibaca: number };

async function pegawaiOf(nip: string) {
  const [row] = await t.database.db.select({ id: pegawai.id, instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.nip, nip));
  return row!;
}

describe('notifications (the bell)', () => {
  it('notify() creates one per pegawai for other features; only the owner lists, reads and marks them', async () => {
    const budi = await pegawaiOf(NIP.pelaksana);
    const created = await t.database.db.transaction((tx) =>
      notify(tx, budi.instansiId, [budi.id, budi.id], { jenis: 'SKP_DIKEMBALIKAN', judul: 'SKP dikembalikan', pesan: 'Perbaiki target.', tautan: '/skp/x' }, new Date('2026-03-01T00:00:00Z')),
    );
    expect(created).toHaveLength(1);
    await t.database.db.transaction((tx) => notify(tx, budi.instansiId, [budi.id], { jenis: 'INFO', judul: 'Kedua', pesan: 'Pesan kedua' }, new Date('2026-03-02T02:00:00Z')));

    let bell = (await t.api('GET', '/api/v1/notifikasi', { as: NIP.pelaksana })).json<Bell>();
    expect(bell.jumlahBelumDibaca).toBe(2);
    expect(bell.items.map((i) => i.judul)).toEqual(['Kedua', 'SKP dikembalikan']);
    expect(bell.items[1]).toMatchObject({ jenis: 'SKP_DIKEMBALIKAN', tautan: '/skp/x', dibacaAt: null });
    const id = created[0]!.id;

    expect((await t.api('GET', '/api/v1/notifikasi', { as: NIP.perawat })).json<Bell>()).toEqual({ items: [], jumlahBelumDibaca: 0 });
    expect((await t.api('POST', `/api/v1/notifikasi/${id}/baca`, { as: NIP.perawat })).statusCode).toBe(404);
    expect((await t.api('POST', '/api/v1/notifikasi/baca-semua', { as: NIP.perawat })).json()).toEqual({ diperbarui: 0 });
    expect((await t.api('POST', '/api/v1/notifikasi/bukan-id/baca', { as: NIP.pelaksana })).statusCode).toBe(400);
    expect((await t.api('GET', '/api/v1/notifikasi')).statusCode).toBe(401);
    expect((await t.api('GET', '/api/v1/notifikasi?belumDibaca=ya', { as: NIP.pelaksana })).statusCode).toBe(400);

    const read = await t.api('POST', `/api/v1/notifikasi/${id}/baca`, { as: NIP.pelaksana });
    expect(read.json()).toMatchObject({ id, dibacaAt: '2026-03-02T01:00:00.000Z' });
    bell = (await t.api('GET', '/api/v1/notifikasi?belumDibaca=true', { as: NIP.pelaksana })).json<Bell>();
    expect(bell.jumlahBelumDibaca).toBe(1);
    expect(bell.items.map((i) => i.judul)).toEqual(['Kedua']);
    expect((await t.api('POST', '/api/v1/notifikasi/baca-semua', { as: NIP.pelaksana })).json()).toEqual({ diperbarui: 1 });
    expect((await t.api('GET', '/api/v1/notifikasi', { as: NIP.pelaksana })).json<Bell>()).toMatchObject({ jumlahBelumDibaca: 0, items: [{ judul: 'Kedua' }, { judul: 'SKP dikembalikan' }] });
  });
});
