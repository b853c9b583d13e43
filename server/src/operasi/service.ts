/**
 * Operating Capaian (the CLI, the control socket, backups): what cli.ts and the background jobs use.
 */
export { ambilKunci, DataDirDipakai, pemegangKunci, periksaDataDir } from './kunci.js';
export { kirimKeServer, layaniKendali, type Keluaran, type Permintaan } from './kendali.js';
export { buatCadangan, hitungBaris, namaCadanganHarian, pulihkanCadangan, rapikanCadangan, type Manifest } from './cadangan.js';
export { GagalPerintah, jalankanPerintah, LEWAT_SERVER, penggunaOs, USAGE } from './perintah.js';
