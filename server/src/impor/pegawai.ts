/**
 * The pegawai rows: NIP (checked against jenis ASN, unique in the file), nama and gelar, jenis ASN
 * and golongan (the domain's rules), the jabatan (by kode; a head jabatan has one holder, counting
 * the file), TMT, status, e-mail. Existing pegawai (same NIP) are updated.
 */
import { nipError, validateGolongan, type JenisAsn } from '@capaian/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { jabatan, pegawai, userAccount } from '../db/schema.js';
import type { PerubahanPegawai } from '@capaian/contract/impor';
import { IsoDate } from '@capaian/contract/organisasi';
import { STATUS_PEGAWAI } from '@capaian/contract/pegawai';
import { nipDiInstansiLain } from '../pegawai/service.js';
import { blank, type JenisBaris } from './baris.js';

export const jenisPegawai: JenisBaris = {
  kolom: [
    { key: 'nip', wajib: true, keterangan: 'NIP 18 digit (ketik sebagai teks agar digit tidak hilang)', contoh: '199001152015032004', text: true },
    { key: 'nama', wajib: true, keterangan: 'Nama tanpa gelar', contoh: 'Siti Rahmawati' },
    { key: 'gelar_depan', wajib: false, keterangan: 'Gelar depan', contoh: '' },
    { key: 'gelar_belakang', wajib: false, keterangan: 'Gelar belakang', contoh: 'S.Kep., Ners' },
    { key: 'jenis_asn', wajib: true, keterangan: 'PNS atau PPPK', contoh: 'PNS' },
    { key: 'golongan', wajib: true, keterangan: 'PNS: I/a … IV/e; PPPK: I … XVII', contoh: 'III/a' },
    { key: 'kode_jabatan', wajib: true, keterangan: 'Kode jabatan yang dipangku', contoh: 'DINKES.PKM-09.PERAWAT-AP' },
    { key: 'tmt_jabatan', wajib: false, keterangan: 'Tanggal TMT jabatan (YYYY-MM-DD)', contoh: '2024-01-02' },
    { key: 'status', wajib: false, keterangan: `Salah satu: ${STATUS_PEGAWAI.join(', ')} (bawaan AKTIF)`, contoh: 'AKTIF' },
    { key: 'email', wajib: false, keterangan: 'Alamat e-mail dinas', contoh: '' },
  ],

  async simpan({ tx, instansiId, rows, problems, add }) {
    let created = 0;
    let updated = 0;
    const jabs = await tx
      .select({ id: jabatan.id, kode: jabatan.kode, kepalaUnit: jabatan.kepalaUnit })
      .from(jabatan)
      .where(eq(jabatan.instansiId, instansiId));
    const jabByKode = new Map(jabs.map((j) => [j.kode, j]));
    const peg = await tx
      .select({
        id: pegawai.id,
        nip: pegawai.nip,
        nama: pegawai.nama,
        gelarDepan: pegawai.gelarDepan,
        gelarBelakang: pegawai.gelarBelakang,
        jenisAsn: pegawai.jenisAsn,
        golongan: pegawai.golongan,
        jabatanId: pegawai.jabatanId,
        tmtJabatan: pegawai.tmtJabatan,
        status: pegawai.status,
        email: pegawai.email,
      })
      .from(pegawai)
      .where(eq(pegawai.instansiId, instansiId));
    const pegByNip = new Map(peg.map((p) => [p.nip, p]));
    // Head jabatan → holder NIP, as it will be after this import.
    const headHolder = new Map<string, string>();
    const headIds = new Set(jabs.filter((j) => j.kepalaUnit).map((j) => j.id));
    const fileNips = new Map<string, number>();
    for (const p of peg) if (headIds.has(p.jabatanId) && p.status !== 'PENSIUN') headHolder.set(p.jabatanId, p.nip);
    // NIPs of pegawai in another pemda of this deployment (a NIP is national): named per row, nothing more said.
    const diLain = await nipDiInstansiLain(tx, instansiId, rows.map((r) => (r.values.nip ?? '').trim()).filter((n) => /^\d{18}$/.test(n)));
    for (const r of rows) {
      const v = r.values;
      const nip = (v.nip ?? '').trim();
      const jenisAsn = (v.jenis_asn ?? '').trim().toUpperCase();
      if (jenisAsn !== 'PNS' && jenisAsn !== 'PPPK') add(r.baris, 'jenis_asn', 'harus PNS atau PPPK');
      if (nip.startsWith('~')) add(r.baris, 'nip', 'NIP terbaca sebagai angka dan digitnya hilang; ketik NIP sebagai teks');
      else if (!nip) add(r.baris, 'nip', 'wajib diisi');
      else if (jenisAsn === 'PNS' || jenisAsn === 'PPPK') {
        const e = nipError(nip, jenisAsn as JenisAsn);
        if (e) add(r.baris, 'nip', e);
      }
      if (diLain.has(nip)) add(r.baris, 'nip', 'NIP sudah terdaftar di Capaian (hubungi admin sistem)');
      if (nip && fileNips.has(nip)) add(r.baris, 'nip', `NIP ganda (juga di baris ${fileNips.get(nip)})`);
      else if (nip) fileNips.set(nip, r.baris);
      const nama = blank(v.nama);
      if (!nama || nama.length < 2) add(r.baris, 'nama', 'wajib diisi (paling sedikit 2 karakter)');
      if (jenisAsn === 'PNS' || jenisAsn === 'PPPK') {
        const e = validateGolongan(jenisAsn as JenisAsn, (v.golongan ?? '').trim());
        if (e) add(r.baris, 'golongan', e);
      }
      const jab = jabByKode.get((v.kode_jabatan ?? '').trim());
      const status = blank(v.status)?.toUpperCase() ?? 'AKTIF';
      if (!(STATUS_PEGAWAI as readonly string[]).includes(status)) add(r.baris, 'status', `harus salah satu dari ${STATUS_PEGAWAI.join(', ')}`);
      if (!jab) add(r.baris, 'kode_jabatan', `jabatan "${v.kode_jabatan ?? ''}" tidak ditemukan`);
      else if (jab.kepalaUnit && status !== 'PENSIUN') {
        const holder = headHolder.get(jab.id);
        if (holder && holder !== nip) add(r.baris, 'kode_jabatan', `jabatan kepala ini sudah dipangku NIP ${holder}`);
        else headHolder.set(jab.id, nip);
      }
      const tmt = blank(v.tmt_jabatan);
      if (tmt && !IsoDate.safeParse(tmt).success) add(r.baris, 'tmt_jabatan', 'harus berupa tanggal TTTT-BB-HH');
      const email = blank(v.email);
      if (email && !z.email().safeParse(email).success) add(r.baris, 'email', 'alamat e-mail tidak valid');
    }
    if (problems.length) return { problems };
    const kodeJabatan = new Map(jabs.map((j) => [j.id, j.kode]));
    const perubahan: PerubahanPegawai[] = [];
    for (const r of rows) {
      const v = r.values;
      const nip = v.nip!.trim();
      const values = {
        nama: v.nama!.trim(),
        gelarDepan: blank(v.gelar_depan),
        gelarBelakang: blank(v.gelar_belakang),
        jenisAsn: v.jenis_asn!.trim().toUpperCase(),
        golongan: v.golongan!.trim(),
        jabatanId: jabByKode.get(v.kode_jabatan!.trim())!.id,
        tmtJabatan: blank(v.tmt_jabatan),
        status: blank(v.status)?.toUpperCase() ?? 'AKTIF',
        email: blank(v.email),
        updatedAt: new Date(),
      };
      const ex = pegByNip.get(nip);
      if (ex) {
        // What the file changes, by the file's column names (the jabatan by its kode).
        const banding: Array<[string, string | null, string | null]> = [
          ['nama', ex.nama, values.nama],
          ['gelar_depan', ex.gelarDepan, values.gelarDepan],
          ['gelar_belakang', ex.gelarBelakang, values.gelarBelakang],
          ['jenis_asn', ex.jenisAsn, values.jenisAsn],
          ['golongan', ex.golongan, values.golongan],
          ['kode_jabatan', kodeJabatan.get(ex.jabatanId) ?? null, v.kode_jabatan!.trim()],
          ['tmt_jabatan', ex.tmtJabatan, values.tmtJabatan],
          ['status', ex.status, values.status],
          ['email', ex.email, values.email],
        ];
        const kolom = banding.filter(([, lama, baru]) => lama !== baru).map(([k, lama, baru]) => ({ kolom: k, lama, baru }));
        if (kolom.length) perubahan.push({ baris: r.baris, nip, nama: ex.nama, kolom });
        await tx.update(pegawai).set(values).where(eqPegawai(instansiId, ex.id));
        updated++;
      } else {
        await tx.insert(pegawai).values({ ...values, instansiId, nip });
        created++;
      }
    }
    // The file's pegawai without an account (new ones never have one yet).
    const nips = rows.map((r) => r.values.nip!.trim());
    const [akun] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(pegawai)
      .innerJoin(userAccount, and(eq(userAccount.instansiId, pegawai.instansiId), eq(userAccount.pegawaiId, pegawai.id)))
      .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.nip, nips)));
    return { created, updated, perubahan, tanpaAkun: nips.length - (akun?.n ?? 0) };
  },
};

const eqPegawai = (i: string, id: string) => and(eq(pegawai.instansiId, i), eq(pegawai.id, id));
