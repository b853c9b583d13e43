/**
 * Public verification of printed documents (decision 0004): one entry for every document type.
 * Each type's feature answers for its own documents (`periksaDokumen` on its service); this part
 * decides what the holder of a paper learns: nothing without a code (the page asks for the one
 * printed under the QR code), "not valid" for an unknown document or a code that does not match,
 * and the document's key facts only when it matches.
 */
import { JENIS_DOKUMEN_LABEL, type HasilVerifikasi, type JenisDokumen, type PemeriksaanDokumen } from '@capaian/contract/verifikasi';

export type PemeriksaDokumen = (id: string, kode: string) => Promise<PemeriksaanDokumen | null>;

export function createVerifikasiService(pemeriksa: Readonly<Record<JenisDokumen, PemeriksaDokumen>>) {
  return {
    async periksa(jenis: JenisDokumen, id: string, kode: string | undefined): Promise<HasilVerifikasi> {
      const judul = JENIS_DOKUMEN_LABEL[jenis];
      if (!kode) {
        // Nothing is looked up: without the printed code a link says nothing about the document.
        return {
          jenis,
          judul,
          status: 'PERLU_KODE',
          valid: false,
          pesan: 'Masukkan kode verifikasi yang tercetak di bawah kode QR pada dokumen untuk memeriksa keasliannya.',
          fakta: [],
          catatan: null,
        };
      }
      const hasil = await pemeriksa[jenis](id, kode);
      if (!hasil || !hasil.cocok) {
        return {
          jenis,
          judul,
          status: 'TIDAK_VALID',
          valid: false,
          pesan: hasil?.pesanTidakValid ?? `Dokumen tidak valid: tidak ada ${judul} dengan kode ini di Capaian.`,
          fakta: [],
          catatan: null,
        };
      }
      return {
        jenis,
        judul,
        status: 'VALID',
        valid: true,
        pesan: `Dokumen valid: ${judul} ini sama dengan yang tercatat di Capaian.`,
        fakta: hasil.fakta,
        catatan: hasil.catatan,
      };
    },
  };
}

export type VerifikasiService = ReturnType<typeof createVerifikasiService>;
