import { KODE_STATUS_KEHADIRAN, STATUS_KEHADIRAN, STATUS_KEHADIRAN_LABEL } from '@capaian/domain';

export { STATUS_KEHADIRAN };

/** Colours of the attendance statuses (calendar cells, badges). */
export const STATUS_COLOR: Readonly<Record<string, string>> = {
  HADIR: 'teal',
  IZIN: 'blue',
  SAKIT: 'grape',
  CUTI: 'cyan',
  DINAS_LUAR: 'indigo',
  TANPA_KETERANGAN: 'red',
};

const KODE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(KODE_STATUS_KEHADIRAN).map(([k, s]) => [s, k]));

/** The short code of a status (H, I, S, C, DL, TK). */
export const kodeStatus = (s: string) => KODE[s] ?? s.slice(0, 2);
export const labelStatus = (s: string) => (STATUS_KEHADIRAN_LABEL as Readonly<Record<string, string>>)[s] ?? s;

/** The field of the summary counting each status (shared with the annual rating screen). */
export { RINGKASAN_FIELD } from '@/components/ringkasan-kehadiran';
