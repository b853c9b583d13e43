/**
 * Hostile spreadsheets for the limits tests (issue #11): a valid XLSX package whose sheet unpacks
 * to far more than it weighs, built by streaming so the test itself stays small in memory.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export interface OpsiBom {
  /** Megabytes of sheet XML once unpacked. */
  mbTerurai: number;
  /** `baris`: many ordinary rows; `sel`: one cell whose text is the whole payload. */
  bentuk: 'baris' | 'sel';
  /** Rewrite the declared sizes in the ZIP directory to small ones (a lying archive). */
  ukuranPalsu?: boolean;
}

export function bomXlsx({ mbTerurai, bentuk, ukuranPalsu = false }: OpsiBom): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const tambah = (nama: string, isi: string) => {
    const f = new ZipPassThrough(nama);
    zip.add(f);
    f.push(strToU8(isi), true);
  };
  tambah('[Content_Types].xml', CONTENT_TYPES);
  tambah('_rels/.rels', RELS);
  tambah('xl/workbook.xml', WORKBOOK);
  tambah('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const satuMb =
    bentuk === 'baris'
      ? strToU8('<row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>'.repeat(Math.floor((1024 * 1024) / 84)))
      : strToU8('A'.repeat(1024 * 1024));
  if (bentuk === 'sel') sheet.push(strToU8('<row r="1"><c r="A1" t="inlineStr"><is><t>'));
  for (let i = 0; i < mbTerurai; i++) sheet.push(satuMb);
  sheet.push(strToU8(bentuk === 'sel' ? '</t></is></c></row></sheetData></worksheet>' : '</sheetData></worksheet>'), true);
  zip.end();
  const buf = Buffer.concat(chunks);
  if (ukuranPalsu) palsukanUkuran(buf);
  return buf;
}

/** Sets every entry's declared uncompressed size to its compressed size, in local and central headers. */
function palsukanUkuran(buf: Buffer) {
  for (let i = 0; i + 46 <= buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x02014b50) buf.writeUInt32LE(buf.readUInt32LE(i + 20), i + 24);
    else if (sig === 0x04034b50 && buf.readUInt32LE(i + 18) !== 0) buf.writeUInt32LE(buf.readUInt32LE(i + 18), i + 22);
  }
}
