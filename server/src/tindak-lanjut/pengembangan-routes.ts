import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AksiRencana,
  ImporKatalogResult,
  KatalogList,
  KatalogQuery,
  Pelatihan,
  PelatihanInput,
  PelatihanUbah,
  PengembanganPegawai,
  RekapPengembangan,
  RekapQuery,
  Riwayat,
  RiwayatInput,
  Ringkasan,
  RingkasanQuery,
  SimpanRencana,
  TahunQuery,
} from '@capaian/contract/pengembangan';
import { IdParams } from '@capaian/contract/common';
import { kirimBerkas } from '../core/berkas.js';
import { bacaBerkas } from '../core/unggahan.js';
import { errors } from '../core/errors.js';
import { requireActor } from '../core/http.js';
import { ruteImpor } from '../core/rute-impor.js';
import type { PengembanganService } from './pengembangan.js';

/** Pengembangan kompetensi under /tindak-lanjut: the catalogue, a pegawai's page and plan, completed training, the summaries. */
export function pengembanganRoutes(app: FastifyInstance, svc: PengembanganService, tags: string[]) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/tindak-lanjut/pengembangan/katalog',
    { schema: { tags, summary: 'Katalog pelatihan pemda (yang aktif; BKPSDM dapat melihat semua)', querystring: KatalogQuery, response: { 200: KatalogList } } },
    async (req) => svc.katalog(requireActor(req), req.query),
  );
  r.post(
    '/tindak-lanjut/pengembangan/katalog',
    { schema: { tags, summary: 'Tambah pelatihan ke katalog (BKPSDM)', body: PelatihanInput, response: { 201: Pelatihan } } },
    async (req, reply) => reply.code(201).send(await svc.buatPelatihan(requireActor(req), req.body)),
  );
  r.put(
    '/tindak-lanjut/pengembangan/katalog/:id',
    { schema: { tags, summary: 'Ubah pelatihan katalog (BKPSDM); nonaktifkan dengan aktif=false', params: IdParams, body: PelatihanUbah, response: { 200: Pelatihan } } },
    async (req) => svc.ubahPelatihan(requireActor(req), req.params.id, req.body),
  );
  ruteImpor(app, {
    tags,
    path: '/tindak-lanjut/pengembangan/katalog',
    namaTemplat: 'templat-katalog-pelatihan.xlsx',
    ringkasTemplat: 'Unduh templat impor katalog pelatihan (XLSX, BKPSDM)',
    ringkasImpor: 'Impor katalog pelatihan (multipart, field "file", XLSX/CSV): semua baris atau tidak sama sekali; kode yang sudah ada diperbarui',
    hasil: ImporKatalogResult,
    templat: (a) => svc.templatKatalog(a),
    impor: (a, data, filename) => svc.imporKatalog(a, data, filename),
  });

  r.get(
    '/tindak-lanjut/pengembangan/pegawai/:id',
    {
      schema: {
        tags,
        summary: 'Pengembangan kompetensi seorang pegawai dalam setahun: kebutuhan, saran dari katalog, rencana, pelatihan selesai dan JP',
        params: IdParams,
        querystring: TahunQuery,
        response: { 200: PengembanganPegawai },
      },
    },
    async (req) => svc.pegawai(requireActor(req), req.params.id, req.query.tahun),
  );
  r.put(
    '/tindak-lanjut/pengembangan/pegawai/:id/rencana',
    { schema: { tags, summary: 'Susun atau ubah draf rencana pengembangan (pegawai atau pejabat penilainya)', params: IdParams, body: SimpanRencana, response: { 200: PengembanganPegawai } } },
    async (req) => svc.simpanRencana(requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/tindak-lanjut/pengembangan/pegawai/:id/rencana/aksi',
    { schema: { tags, summary: 'Ajukan (pegawai), sepakati atau kembalikan (pejabat penilai), atau revisi rencana pengembangan', params: IdParams, body: AksiRencana, response: { 200: PengembanganPegawai } } },
    async (req) => svc.aksiRencana(requireActor(req), req.params.id, req.body),
  );
  r.post(
    '/tindak-lanjut/pengembangan/pegawai/:id/pelatihan',
    { schema: { tags, summary: 'Catat pelatihan yang sudah selesai (pegawai sendiri atau BKPSDM); JP dihitung setelah sertifikat diunggah', params: IdParams, body: RiwayatInput, response: { 201: Riwayat } } },
    async (req, reply) => reply.code(201).send(await svc.catatPelatihan(requireActor(req), req.params.id, req.body)),
  );
  r.post(
    '/tindak-lanjut/pengembangan/pelatihan/:id/sertifikat',
    { schema: { tags, summary: 'Unggah sertifikat pelatihan (multipart: file); jenis diperiksa dari isi berkas', params: IdParams, consumes: ['multipart/form-data'], response: { 200: Riwayat } } },
    async (req) => {
      const actor = requireActor(req);
      if (!req.isMultipart() && req.headers['content-type']) throw errors.validation({ file: 'kirim sertifikat sebagai multipart/form-data (kolom file)' });
      return svc.unggahSertifikat(actor, req.params.id, () => bacaBerkas(req, { kolom: 'file', maksByte: svc.uploadMaxBytes, keterangan: 'sertifikat' }));
    },
  );
  r.get('/tindak-lanjut/pengembangan/pelatihan/:id/sertifikat', { schema: { tags, summary: 'Unduh sertifikat pelatihan', params: IdParams } }, async (req, reply) => {
    return kirimBerkas(reply, await svc.unduhSertifikat(requireActor(req), req.params.id));
  });
  r.delete('/tindak-lanjut/pengembangan/pelatihan/:id', { schema: { tags, summary: 'Hapus catatan pelatihan (pegawai sendiri atau BKPSDM)', params: IdParams } }, async (req, reply) => {
    await svc.hapusPelatihan(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  r.get(
    '/tindak-lanjut/ringkasan',
    { schema: { tags, summary: 'Tindak lanjut saya atau tim saya: penghargaan, pembinaan terbuka, rencana pengembangan dan JP tahun ini', querystring: RingkasanQuery, response: { 200: Ringkasan } } },
    async (req) => svc.ringkasan(requireActor(req), req.query),
  );
  r.get(
    '/tindak-lanjut/pengembangan/rekap',
    { schema: { tags, summary: 'Rekap JP per perangkat daerah, kebutuhan terbanyak, dan pegawai di bawah target (BKPSDM, pimpinan)', querystring: RekapQuery, response: { 200: RekapPengembangan } } },
    async (req) => svc.rekap(requireActor(req), req.query),
  );
}
