/**
 * Bukti files picked on the phone: photos are resized on the device (longest side ≤ 1600 px,
 * quality ~0.8, EXIF location dropped) before they are queued, so a 5 MB camera photo travels
 * as a few hundred KB. The server still checks every file by its content.
 */

/** What the file pickers offer; the server decides by content. */
export const ACCEPT_BERKAS = [
  'image/*',
  'application/pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

const RESIZABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);
export const MAX_SISI = 1600;

export interface BerkasSiap {
  berkas: Blob;
  nama: string;
}

/** Resizes photos; other files pass unchanged. Never fails: on any problem the original is kept. */
export async function siapkanBerkas(file: File): Promise<BerkasSiap> {
  if (!RESIZABLE.has(file.type)) return { berkas: file, nama: file.name };
  try {
    const { default: imageCompression } = await import('browser-image-compression');
    const out = await imageCompression(file, {
      maxWidthOrHeight: MAX_SISI,
      initialQuality: 0.8,
      // The library's worker would load its code from a CDN: compress on the page instead.
      useWebWorker: false,
      preserveExif: false,
    });
    return { berkas: out.size < file.size ? out : file, nama: file.name };
  } catch {
    return { berkas: file, nama: file.name };
  }
}

/** Starts loading the resizer early (e.g. when the form opens) so the first photo is quick. */
export function muatPeresize(): void {
  void import('browser-image-compression').catch(() => undefined);
}

export function isGambar(mime: string | null | undefined): boolean {
  return !!mime && mime.startsWith('image/');
}

/** "12 KB", "1,4 MB". */
export function ukuranLabel(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Today in the instansi's time zone ('YYYY-MM-DD'). */
export function hariIniDi(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
