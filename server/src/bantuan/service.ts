import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KontenBantuan, PeranPanduan, StatusTur } from '@capaian/contract/bantuan';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { renderPanduanPdf } from '../dokumen/panduan-pdf.js';
import { recordAudit } from '../audit/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { GAMBAR_DIRUJUK, KONTEN } from './konten.js';
import { bantuanPolicy } from './policy.js';
import { bantuanRepository as repo } from './repository.js';

/**
 * The screenshots the browser tests take (e2e/tests/browser.ts `screenshot()`), committed in
 * docs/screenshots; found from this file's place so it works from any working directory.
 */
export const FOLDER_GAMBAR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');

/** The file of a referenced screenshot; null for any other name (only the content's names are served). */
export function berkasGambar(nama: string): string | null {
  if (!GAMBAR_DIRUJUK.has(nama)) return null;
  const berkas = path.join(FOLDER_GAMBAR, nama);
  return fs.existsSync(berkas) ? berkas : null;
}

export function createBantuanService(db: Db, organisasi: Pick<OrganisasiService, 'bawahanOf'>, clock: () => Date) {
  function periksa(actor: Actor) {
    if (!bantuanPolicy.bolehBaca(actor)) throw errors.forbidden('membuka bantuan');
  }

  async function peranAkun(actor: Actor): Promise<PeranPanduan[]> {
    const bawahan = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
    return bantuanPolicy.peranPanduan(actor, bawahan.length > 0);
  }

  async function statusTur(actor: Actor): Promise<StatusTur> {
    const [pada, peran] = await Promise.all([repo.turSelesaiPada(db, actor.instansiId, actor.userId), peranAkun(actor)]);
    return { selesai: pada !== null, selesaiPada: pada?.toISOString() ?? null, peran };
  }

  return {
    /** The whole content: sections, guides per role, glossary and tour (the same for every pemda). */
    konten(actor: Actor): KontenBantuan {
      periksa(actor);
      return KONTEN;
    },

    /** Whether this account finished the tour, and which guides fit it. */
    async tur(actor: Actor): Promise<StatusTur> {
      periksa(actor);
      return statusTur(actor);
    },

    /** Marks the tour finished for this account, once; the first call is audited, repeats change nothing. */
    async selesaikanTur(actor: Actor): Promise<StatusTur> {
      periksa(actor);
      await db.transaction(async (tx) => {
        const baru = await repo.tandaiTurSelesai(tx, actor.instansiId, actor.userId, clock());
        if (baru)
          await recordAudit(tx, actor, actor.instansiId, {
            action: 'update',
            entityType: 'user_account',
            entityId: actor.userId,
            summary: `${actor.nama} menyelesaikan tur pengenalan`,
            before: { turSelesai: false },
            after: { turSelesai: true },
          });
      });
      return statusTur(actor);
    },

    /** The printable quick guide of one role (any signed-in user may print any role's). */
    async panduanPdf(actor: Actor, peran: PeranPanduan): Promise<{ pdf: Buffer; filename: string }> {
      periksa(actor);
      const panduan = KONTEN.panduan.find((p) => p.peran === peran);
      if (!panduan) throw errors.notFound('Panduan');
      const bagian = panduan.bagian.map((id) => {
        const b = KONTEN.bagian.find((x) => x.id === id);
        if (!b) throw new Error(`bantuan: panduan ${peran} names unknown section ${id}`);
        const gambar = b.gambar.flatMap((g) => {
          const berkas = berkasGambar(g.nama);
          return berkas ? [{ berkas, keterangan: g.keterangan }] : [];
        });
        return { bagian: b, gambar };
      });
      const pdf = await renderPanduanPdf({ panduan, bagian, glosarium: KONTEN.glosarium, tanggal: clock() });
      return { pdf, filename: `panduan-capaian-${peran}.pdf` };
    },

    /** A screenshot the content references (a whitelist); 404 for any other name. */
    gambar(actor: Actor, nama: string): string {
      periksa(actor);
      const berkas = berkasGambar(nama);
      if (!berkas) throw errors.notFound('Gambar');
      return berkas;
    },
  };
}

export type BantuanService = ReturnType<typeof createBantuanService>;
