/**
 * Sanksi (PP 30/2019 Pasal 56–58; PP 94/2021): the system proposes cases, people decide. BKPSDM
 * records a sanction an authorised official imposed — kind, legal basis, number, date, who imposed
 * it — and the pegawai acknowledges it; it stays in their history. A record never changes: a
 * correction is a new record and the old one stays, marked corrected. Audited with the real actor.
 */
import { JENIS_SANKSI_LABEL, type JenisSanksi } from '@capaian/domain';
import type { KoreksiSanksi, Sanksi, SanksiBaru, SanksiList, SanksiQuery } from '@capaian/contract/tindak-lanjut';
import { sanksiRepository, type SanksiRow } from './sanksi-repository.js';
import { hasRole, type Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkapBaris, type OrganisasiService } from '../organisasi/service.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function createSanksiService(db: Db, organisasi: OrganisasiService, clock: () => Date) {
  const bkpsdm = (a: Actor) => hasRole(a, 'ADMIN_BKPSDM');
  const present = (actor: Actor, s: SanksiRow): Sanksi => ({
    id: s.id,
    pegawai: { id: s.pegawai_id, nama: namaLengkapBaris(s), nip: s.nip },
    kasusId: s.kasus_id,
    jenis: s.jenis as JenisSanksi,
    dasarHukum: s.dasar_hukum,
    nomor: s.nomor,
    tanggal: s.tanggal,
    pejabatNama: s.pejabat_nama,
    pejabatJabatan: s.pejabat_jabatan,
    uraian: s.uraian,
    dicatatOleh: s.dicatat_nama,
    diakuiAt: s.diakui_at ? iso(s.diakui_at) : null,
    koreksiDari: s.koreksi_dari,
    alasanKoreksi: s.alasan_koreksi,
    dikoreksiOleh: s.dikoreksi_oleh,
    createdAt: iso(s.created_at),
    can: { akui: s.pegawai_id === actor.pegawaiId && !s.diakui_at && !s.dikoreksi_oleh, koreksi: bkpsdm(actor) && !s.dikoreksi_oleh },
  });

  async function catat(actor: Actor, input: SanksiBaru, koreksi: { dari: SanksiRow; alasan: string } | null): Promise<Sanksi> {
    if (!bkpsdm(actor)) throw errors.forbidden('mencatat sanksi (hanya BKPSDM, sesuai keputusan pejabat yang berwenang)');
    const ada = await sanksiRepository.pegawaiAda(db, actor.instansiId, input.pegawaiId, input.kasusId);
    if (!ada.p) throw errors.validation({ pegawaiId: 'pegawai tidak ditemukan di instansi ini' });
    if (!ada.k) throw errors.validation({ kasusId: 'kasus pembinaan pegawai ini tidak ditemukan' });
    const at = clock();
    const id = await db.transaction(async (tx) => {
      const sid = await sanksiRepository.insert(tx, actor.instansiId, { ...input, dicatatOleh: actor.pegawaiId, koreksiDari: koreksi?.dari.id ?? null, alasanKoreksi: koreksi?.alasan ?? null, at });
      if (koreksi && !(await sanksiRepository.tandaiDikoreksi(tx, actor.instansiId, koreksi.dari.id, sid)))
        throw errors.conflict('version_conflict', 'Sanksi ini baru saja dikoreksi oleh orang lain. Muat ulang untuk melihat perubahan terbaru.');
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'create',
        entityType: 'sanksi',
        entityId: sid,
        summary: koreksi
          ? `Koreksi sanksi ${JENIS_SANKSI_LABEL[input.jenis]} (${input.nomor}): ${koreksi.alasan}`
          : `Sanksi ${JENIS_SANKSI_LABEL[input.jenis]} dicatat (${input.nomor}, ${input.tanggal})`,
        before: koreksi ? { id: koreksi.dari.id, jenis: koreksi.dari.jenis, nomor: koreksi.dari.nomor, tanggal: koreksi.dari.tanggal, uraian: koreksi.dari.uraian } : null,
        after: { ...input, koreksiDari: koreksi?.dari.id ?? null },
      });
      await notify(tx, actor.instansiId, [input.pegawaiId], { jenis: 'sanksi', judul: `${koreksi ? 'Koreksi: ' : ''}${JENIS_SANKSI_LABEL[input.jenis]} dicatat`, pesan: `${input.nomor} — ${input.pejabatJabatan}`, tautan: '/pembinaan' }, at);
      return sid;
    });
    return present(actor, (await sanksiRepository.get(db, actor.instansiId, id))!);
  }

  return {
    catat: (actor: Actor, input: SanksiBaru) => catat(actor, input, null),

    async koreksi(actor: Actor, id: string, input: KoreksiSanksi): Promise<Sanksi> {
      if (!bkpsdm(actor)) throw errors.forbidden('mengoreksi sanksi (hanya BKPSDM)');
      const s = await sanksiRepository.get(db, actor.instansiId, id);
      if (!s) throw errors.notFound('Sanksi');
      if (s.dikoreksi_oleh) throw errors.conflict('version_conflict', 'Sanksi ini sudah dikoreksi; koreksi catatan yang terbaru.');
      const { alasanKoreksi, ...isi } = input;
      return catat(actor, { ...isi, pegawaiId: s.pegawai_id, ...(s.kasus_id ? { kasusId: s.kasus_id } : {}) }, { dari: s, alasan: alasanKoreksi });
    },

    async akui(actor: Actor, id: string): Promise<Sanksi> {
      const s = await sanksiRepository.get(db, actor.instansiId, id);
      if (!s || s.pegawai_id !== actor.pegawaiId) throw errors.notFound('Sanksi');
      const at = clock();
      await db.transaction(async (tx) => {
        if (!(await sanksiRepository.akui(tx, actor.instansiId, id, at))) throw errors.conflict('version_conflict', 'Sanksi ini sudah diakui.');
        await recordAudit(tx, actor, actor.instansiId, { action: 'update', entityType: 'sanksi', entityId: id, summary: 'Pegawai mengakui telah menerima sanksi', after: { diakuiAt: at.toISOString() } });
      });
      return present(actor, (await sanksiRepository.get(db, actor.instansiId, id))!);
    },

    /** Own sanctions, the team's (as pejabat penilai), or the pemda's (BKPSDM, pimpinan); corrected ones included (history). */
    async list(actor: Actor, q: SanksiQuery): Promise<SanksiList> {
      let ids: string[] | null;
      if (q.lingkup === 'SAYA') ids = [actor.pegawaiId];
      else if (q.lingkup === 'TIM') ids = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
      else {
        if (!bkpsdm(actor) && !hasRole(actor, 'PIMPINAN')) throw errors.forbidden('melihat sanksi seluruh pemda (hanya BKPSDM dan pimpinan)');
        ids = null;
      }
      if (q.pegawaiId) ids = ids ? ids.filter((x) => x === q.pegawaiId) : [q.pegawaiId];
      if (ids && ids.length === 0) return { items: [] };
      return { items: (await sanksiRepository.list(db, actor.instansiId, ids)).map((s) => present(actor, s)) };
    },
  };
}
